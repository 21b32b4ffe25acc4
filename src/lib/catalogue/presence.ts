/**
 * Whether a procedure's own record says the applicant must come in person: be present, sign at
 * the office, have a photo or fingerprints taken, show originals, collect the result. The postal
 * box on a procedure page must not promise "no visit" when the record says otherwise (đăng ký kết
 * hôn: "hai bên nam, nữ phải có mặt").
 *
 * Read from the steps and the requirements, one clause at a time, and only where the clause's
 * subject is the applicant ("người yêu cầu", "hai bên nam, nữ", "cá nhân"…), the duty is firm
 * ("phải") and unconditional: a clause about members of a board, about a case ("Trường hợp…"), a
 * choice ("… hoặc …") or a negation ("không yêu cầu…") does not count.
 */
import { stripMarks } from '../text/fold';
import type { Procedure } from './schema';

export const PRESENCE_KINDS = ['appear', 'sign', 'photo', 'show-original', 'collect'] as const;
export type PresenceKind = (typeof PRESENCE_KINDS)[number];

export interface PresenceDuty {
  kind: PresenceKind;
  /** The clause of the record that says so, as the source writes it. */
  quote: string;
}

/** Longest quote kept, in characters: a clause, not a paragraph. */
const LONGEST_QUOTE = 220;

/** Duties of presence, on marks-stripped lower-case text. */
const DUTIES: readonly [PresenceKind, RegExp][] = [
  ['appear', /\b(?:phai co mat|co mat (?:tai|de)|phai (?:truc tiep )?den (?:tru so|co quan|bo phan|trung tam|uy ban|noi))/],
  ['sign', /\b(?:phai (?:truc tiep )?ky (?:vao|ten|truoc)|ky truoc mat|ky truoc su chung kien)/],
  ['photo', /\b(?:chup anh truc tiep|thu nhan van tay|thu nhan anh|lay van tay)/],
  ['show-original', /\bphai xuat trinh ban chinh/],
  ['collect', /\bphai (?:truc tiep )?(?:den )?nhan (?:ket qua|truc tiep)/],
];

/** Who the applicant is, in the records' words. */
const APPLICANT =
  /\b(?:nguoi (?:co )?yeu cau|nguoi di dang ky|hai ben|cac ben|nguoi nhan con nuoi|nguoi de nghi|nguoi nop ho so|cong dan|ca nhan|nguoi lai xe|nguoi duoc cap|chu xe|cha,? me|nguoi giam ho|nguoi dang ky|chu ho|nguoi tu choi|nguoi lap)\b/g;

/** Others a clause may be about: the office's staff, a board, employees, witnesses. */
const THIRD_PARTY =
  /\b(?:thanh vien|to tham dinh|hoi dong|doan kiem tra|can bo|cong chuc|nguoi tiep nhan|nguoi doi chieu|nguoi lam chung|lao dong|co quan)\b/g;

/** A clause that applies only in a case, offers a choice or says the opposite. */
const CASE_OR_CHOICE = /^\W*(?:truong hop|neu|doi voi|khi)\b|\b(?:hoac|duoc lua chon|khong yeu cau|khong the|khong phai|khong can)\b/;

function clauses(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+|\n+/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/** The last subject named before `index`: the applicant or someone else. */
function subjectBefore(folded: string, index: number): 'applicant' | 'other' | undefined {
  const before = folded.slice(0, index);
  const last = (pattern: RegExp) => Math.max(-1, ...[...before.matchAll(pattern)].map((match) => match.index));
  const applicant = last(APPLICANT);
  const other = last(THIRD_PARTY);
  if (applicant < 0 && other < 0) return undefined;
  return applicant > other ? 'applicant' : 'other';
}

function dutyIn(clause: string): PresenceDuty | undefined {
  const folded = stripMarks(clause).toLowerCase();
  if (CASE_OR_CHOICE.test(folded)) return undefined;
  for (const [kind, pattern] of DUTIES) {
    const match = pattern.exec(folded);
    // Fingerprints and a face photo are taken by the officer, of the applicant: whoever the clause
    // names, the applicant is there.
    if (match && (kind === 'photo' || subjectBefore(folded, match.index) === 'applicant')) {
      const quote = clause.length > LONGEST_QUOTE ? `${clause.slice(0, LONGEST_QUOTE).trimEnd()}…` : clause;
      return { kind, quote: quote.replace(/^[-+*•–]\s*/u, '') };
    }
  }
  return undefined;
}

/** What the record says the applicant must do in person, each kind once, in the record's order. */
export function presenceDuties(procedure: Pick<Procedure, 'steps' | 'requirements'>): PresenceDuty[] {
  const duties: PresenceDuty[] = [];
  for (const text of [...(procedure.steps ?? []), procedure.requirements ?? '']) {
    for (const clause of clauses(text)) {
      const duty = dutyIn(clause);
      if (duty && !duties.some((known) => known.kind === duty.kind)) duties.push(duty);
    }
  }
  return duties;
}
