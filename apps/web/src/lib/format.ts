import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Every time on screen is Beijing time, whatever the PC's clock zone. */
export const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm:ss');
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD');
}

/** ISO-8601 with the +08:00 offset, as the API's date filters expect. */
export function toApiTime(d: dayjs.Dayjs): string {
  return d.tz(TIME_ZONE, true).format('YYYY-MM-DDTHH:mm:ssZ');
}

export { dayjs };
