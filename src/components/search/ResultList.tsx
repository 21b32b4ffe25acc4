/**
 * Ranked results as an ordered list of plain links. Names are rendered as text (React escapes
 * them), with the matched words in <mark>; methods are written out, never shown by colour alone.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { searchText } from '../../i18n/search';
import type { SearchHit } from '../../lib/search/engine';
import { highlightPieces } from '../../lib/search/highlight';

const t = searchText.searchPage;

interface Props {
  hits: SearchHit[];
  /** After "more", the position of the first new result, which receives focus. */
  focusFrom: RefObject<number | null>;
}

function Title({ hit }: { hit: SearchHit }) {
  return (
    <>
      {highlightPieces(hit.record.title, hit.highlights).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}

function Result({
  hit,
  linkRef,
}: {
  hit: SearchHit;
  linkRef?: RefObject<HTMLAnchorElement | null> | undefined;
}) {
  const { record } = hit;
  if (record.kind === 'event') {
    return (
      <li className="result result--event">
        <a className="result__link" href={record.url} ref={linkRef}>
          <Title hit={hit} />
        </a>
        <p className="result__meta">
          <span className="result__kind">{t.kinds.event}</span> {record.detail}
        </p>
        {(record.eventProcedures ?? []).length > 0 && (
          <>
            <p className="result__meta">{t.eventFirstProcedures}</p>
            <ul className="result__procedures">
              {(record.eventProcedures ?? []).map((procedure) => (
                <li key={procedure.code}>
                  <a href={procedure.url}>{procedure.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </li>
    );
  }
  if (record.kind !== 'procedure') {
    return (
      <li className="result">
        <a className="result__link" href={record.url} ref={linkRef}>
          <Title hit={hit} />
        </a>
        <p className="result__meta">
          <span className="result__kind">{t.kinds[record.kind]}</span> {record.detail}
        </p>
      </li>
    );
  }
  return (
    <li className="result">
      <a className="result__link" href={record.url} ref={linkRef}>
        <Title hit={hit} />
      </a>
      <p className="result__meta">
        {t.code} <span className="result__code">{record.code}</span>
        {record.agencies.length > 0 && (
          <>
            {' · '}
            {t.agency} {record.agencies.join('; ')}
          </>
        )}
      </p>
      {record.methods.length > 0 && (
        <ul className="result__badges" aria-label={t.methodsLabel}>
          {record.methods.map((method) => (
            <li key={method} className={`result__badge result__badge--${method}`}>
              {t.methods[method]}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function ResultList({ hits, focusFrom }: Props) {
  const firstNew = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusFrom.current !== null && firstNew.current) {
      firstNew.current.focus();
      focusFrom.current = null;
    }
  }, [hits, focusFrom]);
  return (
    <ol className="results">
      {hits.map((hit, position) => (
        <Result
          key={hit.record.url}
          hit={hit}
          linkRef={position === focusFrom.current ? firstNew : undefined}
        />
      ))}
    </ol>
  );
}
