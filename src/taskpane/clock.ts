/** A moment of the page's clock as the pane's text says it (messages are pure: they take it whole). */
import type { ClockTime } from "../messages/pane";

export function clockOf(milliseconds: number): ClockTime {
  const d = new Date(milliseconds);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
  };
}
