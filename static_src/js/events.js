/* Upcoming events on cached pages (docs/events.md).
   Pages are cached for up to an hour, so a list rendered at 10:00 may be read at
   10:55. Each occurrence carries its end (data-end, ISO 8601 with the Hanoi
   offset): an ended one is hidden, the following occurrence of a repeating
   event is shown instead, and an event with nothing left disappears from the
   list. Lists marked data-events-static (past events, a month) are left alone. */
(function () {
    "use strict";

    function refresh() {
        var now = Date.now();
        document.querySelectorAll("[data-events-list]:not([data-events-static])").forEach(function (list) {
            var remaining = 0;
            list.querySelectorAll("[data-event-item]").forEach(function (item) {
                var shown = false;
                item.querySelectorAll("time[data-end]").forEach(function (time) {
                    var end = Date.parse(time.getAttribute("data-end"));
                    var show = !shown && !(end <= now);
                    time.hidden = !show;
                    shown = shown || show;
                });
                item.hidden = !shown;
                if (shown) {
                    remaining += 1;
                }
            });
            list.querySelectorAll("[data-events-group]").forEach(function (group) {
                group.hidden = !group.querySelector("[data-event-item]:not([hidden])");
            });
            var empty = list.querySelector("[data-events-empty]");
            if (empty) {
                empty.hidden = remaining > 0;
            }
        });
    }

    refresh();
    // A page left open across an end time catches up once a minute.
    window.setInterval(refresh, 60000);
}());
