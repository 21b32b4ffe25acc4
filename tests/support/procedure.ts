import type { Procedure } from '../../src/lib/catalogue/schema';

/**
 * A valid procedure for tests: "Thủ tục đăng ký khai sinh" (1.001193) as the catalogue has it,
 * with any field replaced. Tests state only what matters to them.
 */
export function aProcedure(overrides: Partial<Procedure> = {}): Procedure {
  return {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    field: 'Hộ tịch',
    topicGroup: 'tu-phap',
    tiers: ['xa'],
    agencies: ['Ủy ban nhân dân cấp xã'],
    applicants: ['Công dân Việt Nam'],
    methods: [{ kind: 'truc-tiep' }],
    ...overrides,
  };
}
