/**
 * Geometry of a horizontal bar chart, computed at build time so the page ships an SVG and no
 * chart script. Labels and values are drawn as text next to each bar: the chart never relies on
 * colour, and the page pairs it with a data table for screen readers.
 */

export interface BarDatum {
  label: string;
  value: number;
}

export interface Bar extends BarDatum {
  /** Top of the bar's row. */
  y: number;
  /** Bar length in chart units; at least 1 for non-zero values so small counts stay visible. */
  width: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  /** Where bars start: the label column is above each bar, so bars start at 0. */
  maxBarWidth: number;
  bars: Bar[];
}

export interface BarChartOptions {
  width?: number;
  rowHeight?: number;
  barHeight?: number;
  /** Room kept to the right of the longest bar for its value. */
  valueRoom?: number;
}

export function layoutBarChart(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 600, rowHeight = 52, barHeight = 20, valueRoom = 90 } = options;
  const maxBarWidth = width - valueRoom;
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const bars = data.map((datum, index) => ({
    ...datum,
    y: index * rowHeight,
    width: max === 0 || datum.value === 0 ? 0 : Math.max(1, Math.round((datum.value / max) * maxBarWidth)),
  }));
  return { width, height: data.length * rowHeight, rowHeight, barHeight, maxBarWidth, bars };
}
