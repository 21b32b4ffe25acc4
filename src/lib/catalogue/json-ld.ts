/**
 * schema.org/GovernmentService for a procedure page, so search engines can show the service
 * with its provider and channels.
 */
import type { Procedure } from './schema';
import { methodKinds } from './methods';

export interface JsonLdContext {
  /** Absolute URL of the procedure page. */
  pageUrl: string;
  /** "Tiền Giang" */
  areaServed: string;
  /** Human names of submission methods, by kind. */
  methodNames: Record<Procedure['methods'][number]['kind'], string>;
}

export function governmentServiceJsonLd(
  procedure: Procedure,
  context: JsonLdContext,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: procedure.name,
    identifier: procedure.code,
    serviceType: procedure.field,
    url: context.pageUrl,
    ...(procedure.sourceUrl ? { sameAs: procedure.sourceUrl } : {}),
    areaServed: { '@type': 'AdministrativeArea', name: context.areaServed },
    ...(procedure.agencies.length > 0
      ? { provider: procedure.agencies.map((name) => ({ '@type': 'GovernmentOrganization', name })) }
      : {}),
    ...(procedure.applicants.length > 0
      ? { audience: procedure.applicants.map((audienceType) => ({ '@type': 'Audience', audienceType })) }
      : {}),
    availableChannel: methodKinds(procedure).map((kind) => ({
      '@type': 'ServiceChannel',
      name: context.methodNames[kind],
      ...(kind === 'truc-tuyen' && procedure.sourceUrl ? { serviceUrl: procedure.sourceUrl } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" inside names. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
