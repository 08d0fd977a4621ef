// An SLA as the process owner says it ("5 个工作日", "3 天", "48 小时") and as the engine reads it: an ISO 8601
// duration (P5D, PT48H) plus the working-day calendar marker orc:calendar="working-days".
export const WORKING_DAYS = 'working-days';
export const UNITS = [ 'workingDays', 'days', 'hours' ];

const FULL_WIDTH_DIGITS = /[０-９]/g;
const SPOKEN = /^(\d{1,4})\s*(?:个)?\s*(工作日|working\s*days?|天|日|自然日|days?|d|小时|钟头|hours?|h)?$/i;

function unitOfWord(word, fallback) {
  if (!word) return fallback;
  if (/^(工作日|working)/i.test(word)) return 'workingDays';
  if (/^(小时|钟头|hour|h$)/i.test(word)) return 'hours';
  return 'days';
}

/** What is stored → { amount, unit } (unit null when the duration is not in whole days or hours, e.g. PT30M). */
export function readSla(iso, calendar) {
  if (!iso) return { amount: '', unit: calendar === WORKING_DAYS ? 'workingDays' : null };
  let m = /^P(\d+)D$/.exec(iso);
  if (m) return { amount: m[1], unit: calendar === WORKING_DAYS ? 'workingDays' : 'days' };
  m = /^PT(\d+)H$/.exec(iso);
  if (m) return { amount: m[1], unit: 'hours' };
  return { amount: iso, unit: null };
}

/**
 * What the owner typed → { amount, unit } or { error }. "5" keeps the chosen unit; "5天", "5 个工作日", "48小时"
 * also choose the unit; an ISO duration (P5D, PT4H) or an expression (=dueBy) is taken as it is; anything else is refused.
 */
export function parseSla(text, currentUnit) {
  const typed = (text || '').trim().replace(FULL_WIDTH_DIGITS, d => String.fromCharCode(d.charCodeAt(0) - 0xFF10 + 48));
  if (!typed) return { amount: '', unit: currentUnit };
  // an expression (=constructionDueBy) is the engine's to read, as the owner wrote it
  if (typed.startsWith('=')) return { amount: typed, unit: null };
  if (/^P(?=\d|T\d)(\d+[YMWD])*(T(\d+[HMS])+)?$/.test(typed)) return readSla(typed, currentUnit === 'workingDays' ? WORKING_DAYS : null);
  const m = SPOKEN.exec(typed);
  if (!m || Number(m[1]) <= 0) return { error: true };
  return { amount: String(Number(m[1])), unit: unitOfWord(m[2], currentUnit || 'workingDays') };
}

/** { amount, unit } → what is stored: the ISO duration and the calendar (undefined removes the attribute). */
export function writeSla({ amount, unit }) {
  if (!amount) return { iso: undefined, calendar: unit === 'workingDays' ? WORKING_DAYS : undefined };
  if (!/^\d+$/.test(amount)) return { iso: amount, calendar: unit === 'workingDays' ? WORKING_DAYS : undefined };
  if (unit === 'hours') return { iso: `PT${amount}H`, calendar: undefined };
  return { iso: `P${amount}D`, calendar: unit === 'days' ? undefined : WORKING_DAYS };
}

/** "5 个工作日" / "5 working days", from the page's labels. */
export function describeSla({ amount, unit }, labels) {
  if (!amount) return labels.slaNone;
  if (!unit) return amount;
  return (labels[`sla_${unit}`] || '{n}').replace('{n}', amount);
}
