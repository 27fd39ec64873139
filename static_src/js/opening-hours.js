/* "Open now · closes at 17:00" worked out in the visitor's browser, in Hanoi time.
 *
 * Pages are cached for every visitor, so the server sends only the hours
 * (villages/hours.py: hours_data, in a json_script) and the translated
 * sentences (hours_strings); this script picks the sentence for the current
 * moment. Hanoi is UTC+7 all year (no daylight saving time): the visitor's
 * own time zone and clock settings never enter the calculation, only the
 * instant (Date.now()), shifted by the offset in the data.
 *
 * Elements marked data-hours-status="<key>" get the status of
 * data.village ("village") or data.attractions[id] ("attraction-<id>").
 * window.HCV.hours = {hoursOn, dayInfo, status} is there for other scripts
 * (the trip planner) that need the same rules.
 */
(function () {
    "use strict";

    var DAY_MS = 24 * 60 * 60 * 1000;

    function pad(number) {
        return (number < 10 ? "0" : "") + number;
    }

    // The Hanoi wall clock of an instant, as UTC fields of a shifted Date.
    function hanoiClock(instant, offsetHours) {
        return new Date(instant.getTime() + (offsetHours || 7) * 60 * 60 * 1000);
    }

    // "YYYY-MM-DD" of a shifted Date (its UTC fields are Hanoi's).
    function isoDay(shifted) {
        return shifted.getUTCFullYear() + "-" + pad(shifted.getUTCMonth() + 1) + "-" + pad(shifted.getUTCDate());
    }

    // A day as a shifted Date at Hanoi midnight: from "YYYY-MM-DD" or from an instant.
    function toDay(date, offsetHours) {
        if (typeof date === "string") {
            var parts = date.split("-");
            return new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
        }
        var shifted = hanoiClock(date, offsetHours);
        return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
    }

    function minutes(hhmm) {
        var parts = hhmm.split(":");
        return +parts[0] * 60 + +parts[1];
    }

    // Monday = 0, as in the data (and in Python's date.weekday()).
    function weekday(day) {
        return (day.getUTCDay() + 6) % 7;
    }

    /* What a day looks like: {known, intervals: [["08:00", "17:30"]], closed, reason}. */
    function dayInfo(data, date) {
        var day = toDay(date, data.utcOffset);
        var iso = isoDay(day);
        if (!data.known && !(data.exceptions || []).length) {
            return { known: false, intervals: [], closed: false, reason: "" };
        }
        var exceptions = data.exceptions || [];
        for (var i = 0; i < exceptions.length; i += 1) {
            var exception = exceptions[i];
            if (exception.start <= iso && iso <= exception.end) {
                var hours = exception.closed ? [] : exception.hours;
                return { known: true, intervals: hours, closed: !hours.length, reason: exception.reason, exception: true };
            }
        }
        var intervals = data.known ? data.weekly[weekday(day)] || [] : [];
        return { known: data.known, intervals: intervals, closed: data.known && !intervals.length, reason: "" };
    }

    /* Like villages.hours.hours_on: {opens, closes, intervals} or null (closed or unknown). */
    function hoursOn(data, date) {
        var info = dayInfo(data, date);
        if (!info.intervals.length) {
            return null;
        }
        return {
            opens: info.intervals[0][0],
            closes: info.intervals[info.intervals.length - 1][1],
            intervals: info.intervals,
            reason: info.reason
        };
    }

    // "17:00" as the page's language writes times: the server's own
    // formatting (core/formats.py) when the page sent it, so the status and the table agree.
    function showTime(hhmm, strings) {
        if (strings && strings.times && Object.prototype.hasOwnProperty.call(strings.times, hhmm)) {
            return strings.times[hhmm];
        }
        var parts = hhmm.split(":");
        try {
            return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
                hour: "numeric", minute: "2-digit", timeZone: "UTC"
            }).format(new Date(Date.UTC(2000, 0, 1, +parts[0], +parts[1])));
        } catch (error) {
            return hhmm;
        }
    }

    function fill(template, values) {
        return template.replace(/%\((\w+)\)s/g, function (match, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
        });
    }

    // The next opening after today, within two weeks: "opens Monday at 08:00".
    function nextOpening(data, today, strings) {
        for (var ahead = 1; ahead <= 14; ahead += 1) {
            var day = new Date(today.getTime() + ahead * DAY_MS);
            var info = dayInfo(data, isoDay(day));
            if (info.intervals.length) {
                var name;
                if (ahead === 1) {
                    name = strings.tomorrow;
                } else if (ahead < 7) {
                    name = strings.days[weekday(day)];
                } else {
                    name = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
                        weekday: "long", day: "numeric", month: "long", timeZone: "UTC"
                    }).format(day);
                }
                return fill(strings.next, { day: name, time: showTime(info.intervals[0][0], strings) });
            }
        }
        return "";
    }

    /* The status at an instant: {state: "open" | "closed" | "unknown", text}. */
    function status(data, now, strings) {
        strings = strings || pageStrings();
        now = now || new Date();
        var clock = hanoiClock(now, data.utcOffset);
        var today = toDay(now, data.utcOffset);
        var info = dayInfo(data, isoDay(today));
        if (!info.known) {
            return { state: "unknown", text: "" };
        }
        var current = clock.getUTCHours() * 60 + clock.getUTCMinutes();
        var parts = [];
        var state = "closed";
        var later = null;
        for (var i = 0; i < info.intervals.length; i += 1) {
            var interval = info.intervals[i];
            if (minutes(interval[0]) <= current && current < minutes(interval[1])) {
                state = "open";
                parts.push(fill(strings.open, { time: showTime(interval[1], strings) }));
                break;
            }
            if (current < minutes(interval[0]) && later === null) {
                later = interval[0];
            }
        }
        if (state === "closed") {
            if (later !== null) {
                parts.push(fill(strings.opensToday, { time: showTime(later, strings) }));
            } else {
                if (info.closed) {
                    parts.push(info.reason ? fill(strings.closedTodayReason, { reason: info.reason }) : strings.closedToday);
                } else {
                    parts.push(strings.closedNow);
                }
                var next = nextOpening(data, today, strings);
                if (next) {
                    parts.push(next);
                }
            }
        }
        if (info.exception && info.intervals.length && info.reason) {
            parts.push(fill(strings.special, { reason: info.reason }));
        }
        return { state: state, text: parts.join(" · ") };
    }

    function readJson(id) {
        var element = document.getElementById(id);
        return element ? JSON.parse(element.textContent) : null;
    }

    function pageStrings() {
        return readJson("opening-hours-strings") || {};
    }

    function render() {
        var data = readJson("opening-hours-data");
        var strings = pageStrings();
        if (!data || !strings.open) {
            return;
        }
        var now = new Date();
        var targets = document.querySelectorAll("[data-hours-status]");
        for (var i = 0; i < targets.length; i += 1) {
            var key = targets[i].getAttribute("data-hours-status");
            var hours = key === "village" ? data.village : (data.attractions || {})[key.replace("attraction-", "")];
            if (!hours) {
                continue;
            }
            var result = status(hours, now, strings);
            if (!result.text) {
                continue;
            }
            targets[i].textContent = result.text;
            targets[i].setAttribute("data-state", result.state);
            targets[i].hidden = false;
        }
    }

    window.HCV = window.HCV || {};
    window.HCV.hours = { hoursOn: hoursOn, dayInfo: dayInfo, status: status };

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", render);
    } else {
        render();
    }
    // The status changes with the clock: check again every minute.
    window.setInterval(render, 60 * 1000);
}());
