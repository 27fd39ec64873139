"""When an event happens: its first occurrence and the rule that repeats it.

Times are wall-clock times in Hanoi (``Asia/Ho_Chi_Minh``), which has had no
daylight saving time since 1975: a recurrence computed on naive local times
and then made aware is exact, and ``dateutil.rrule`` needs nothing more.

A recurring event repeats its first occurrence (start and duration): weekly
on the chosen weekdays, monthly on the start date's day of the month (months
without that day are skipped, as iCalendar does), yearly on its date.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
SINGLE, WEEKLY, MONTHLY, YEARLY = "single", "weekly", "monthly", "yearly"
_FREQUENCIES = {WEEKLY: rrule.WEEKLY, MONTHLY: rrule.MONTHLY, YEARLY: rrule.YEARLY}
# Python's date.weekday() order, as iCalendar spells the days.
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def to_hanoi(moment):
    """An aware datetime in Hanoi time; a naive one is taken to be Hanoi time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=HANOI)
    return moment.astimezone(HANOI)


def day_start(day):
    return datetime.combine(day, time.min, HANOI)


@dataclass(frozen=True)
class Schedule:
    start_date: date
    end_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    recurrence: str = SINGLE
    weekdays: tuple = ()
    until: date | None = None

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def recurring(self):
        return self.recurrence in _FREQUENCIES

    def first(self):
        """The first occurrence as announced: (start, end), aware, end exclusive."""
        last_day = self.end_date or self.start_date
        if self.all_day:
            return day_start(self.start_date), day_start(last_day + timedelta(days=1))
        start = datetime.combine(self.start_date, self.start_time, HANOI)
        end = datetime.combine(last_day, self.end_time or self.start_time, HANOI)
        return start, max(end, start)

    @property
    def duration(self):
        start, end = self.first()
        return end - start

    def rule_weekdays(self):
        return tuple(sorted(set(self.weekdays))) or (self.start_date.weekday(),)

    def rule(self):
        """The dateutil rule of the starts (naive Hanoi times), or None for a single event."""
        if not self.recurring:
            return None
        start = self.first()[0].replace(tzinfo=None)
        options = {"dtstart": start, "cache": False}
        if self.until:
            options["until"] = datetime.combine(self.until, time.max)
        if self.recurrence == WEEKLY:
            options["byweekday"] = self.rule_weekdays()
        elif self.recurrence == MONTHLY:
            options["bymonthday"] = start.day
        else:
            options.update(bymonth=start.month, bymonthday=start.day)
        return rrule.rrule(_FREQUENCIES[self.recurrence], **options)

    def _pair(self, naive_start):
        start = naive_start.replace(tzinfo=HANOI)
        return start, start + self.duration

    def between(self, window_start, window_end):
        """Occurrences overlapping [window_start, window_end), in order."""
        window_start, window_end = to_hanoi(window_start), to_hanoi(window_end)
        rule = self.rule()
        if rule is None:
            start, end = self.first()
            return [(start, end)] if start < window_end and end > window_start else []
        duration = self.duration
        # An occurrence overlaps when it starts before the window ends and ends after it starts.
        after = (window_start - duration).replace(tzinfo=None)
        before = window_end.replace(tzinfo=None)
        return [
            self._pair(start)
            for start in rule.between(after, before, inc=True)
            if start.replace(tzinfo=HANOI) < window_end
            and start.replace(tzinfo=HANOI) + duration > window_start
        ]

    def next_after(self, moment):
        """The occurrence in progress at ``moment``, else the next one to start, else None."""
        moment = to_hanoi(moment)
        rule = self.rule()
        if rule is None:
            start, end = self.first()
            return (start, end) if end > moment else None
        found = rule.after((moment - self.duration).replace(tzinfo=None), inc=False)
        return self._pair(found) if found is not None else None

    def last(self):
        """The last occurrence, or None when the event repeats for ever."""
        rule = self.rule()
        if rule is None:
            return self.first()
        if self.until is None:
            return None
        found = rule.before(datetime.combine(self.until, time.max), inc=True)
        return self._pair(found) if found is not None else None
