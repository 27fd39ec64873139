/* My day: the plan kept in this browser (localStorage), the header count, the
   "Add to my day" buttons on every page, and the My day page's reordering.

   The plan has the same shape as the My day URL (planner/codec.py):
   {v: "1", d: "YYYY-MM-DD" or "", t: "HH:MM" or "", o: "west-lake" or "",
    i: ["v12", "a34", "s5.2"]}.
   The server renders every plan from its URL; this script only keeps the URL
   and localStorage in step, and asks the server again after each change, so
   times, legs and warnings are worked out in one place. See docs/planner.md. */
(function () {
    "use strict";

    var KEY = "hanoi-craft-villages:my-day";
    var VERSION = "1";
    var MAX_ITEMS = 30;
    var CODE = /^(?:[vae][1-9]\d{0,9}|s[1-9]\d{0,9}\.[1-9]\d?)$/;
    var DAY = /^\d{4}-\d{2}-\d{2}$/;
    var TIME = /^\d{2}:\d{2}$/;
    var ORIGIN = /^[a-z-]{1,20}$/;
    var DEFAULT_ORIGIN = "old-quarter";

    function emptyPlan() {
        return { v: VERSION, d: "", t: "", o: "", i: [] };
    }

    function clean(plan) {
        if (!plan || plan.v !== VERSION || !Array.isArray(plan.i)) {
            return emptyPlan();
        }
        var items = [];
        plan.i.forEach(function (code) {
            if (typeof code === "string" && CODE.test(code) && items.indexOf(code) === -1) {
                items.push(code);
            }
        });
        return {
            v: VERSION,
            d: typeof plan.d === "string" && DAY.test(plan.d) ? plan.d : "",
            t: typeof plan.t === "string" && TIME.test(plan.t) ? plan.t : "",
            o: typeof plan.o === "string" && ORIGIN.test(plan.o) && plan.o !== DEFAULT_ORIGIN ? plan.o : "",
            i: items.slice(0, MAX_ITEMS)
        };
    }

    function load() {
        try {
            return clean(JSON.parse(window.localStorage.getItem(KEY) || "null"));
        } catch (error) {
            return emptyPlan();
        }
    }

    function save(plan) {
        try {
            window.localStorage.setItem(KEY, JSON.stringify(plan));
        } catch (error) {
            /* Private browsing with storage off: the URL still carries the plan. */
        }
        showCount(plan);
    }

    function query(plan) {
        var parts = ["v=" + VERSION];
        if (plan.d) { parts.push("d=" + plan.d); }
        if (plan.t) { parts.push("t=" + plan.t); }
        if (plan.o) { parts.push("o=" + plan.o); }
        if (plan.i.length) { parts.push("i=" + plan.i.join(",")); }
        return parts.join("&");
    }

    function language() {
        return document.documentElement.lang || "en";
    }

    function myDayPath() {
        return "/" + language() + "/my-day/";
    }

    /* --- Live announcements ------------------------------------------------ */
    var statusRegion = null;

    function announce(message) {
        if (!message) { return; }
        if (!statusRegion) {
            statusRegion = document.getElementById("plan-status");
        }
        if (!statusRegion) {
            statusRegion = document.createElement("p");
            statusRegion.className = "visually-hidden";
            statusRegion.setAttribute("role", "status");
            statusRegion.setAttribute("aria-live", "polite");
            document.body.appendChild(statusRegion);
        }
        /* Emptied first so the same message twice is read twice. */
        statusRegion.textContent = "";
        window.setTimeout(function () { statusRegion.textContent = message; }, 50);
    }

    /* --- The header link ---------------------------------------------------- */
    function showCount(plan) {
        var count = plan.i.length;
        document.querySelectorAll("[data-my-day-count]").forEach(function (badge) {
            badge.textContent = String(count);
            badge.classList.toggle("is-empty", count === 0);
        });
        document.querySelectorAll("[data-my-day-link]").forEach(function (link) {
            link.href = myDayPath() + (count ? "?" + query(plan) : "");
        });
    }

    /* --- "Add to my day" and "Use this route" ------------------------------ */
    function codesOf(element) {
        return element.getAttribute("data-add-to-day").split(",").filter(function (code) {
            return CODE.test(code);
        });
    }

    function isIn(plan, codes) {
        return codes.length > 0 && codes.every(function (code) { return plan.i.indexOf(code) !== -1; });
    }

    function refreshButtons(plan) {
        document.querySelectorAll("button[data-add-to-day]").forEach(function (button) {
            button.setAttribute("aria-pressed", isIn(plan, codesOf(button)) ? "true" : "false");
        });
    }

    function enhanceAddLinks() {
        document.querySelectorAll("a[data-add-to-day]").forEach(function (link) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = link.className;
            Array.prototype.forEach.call(link.attributes, function (attribute) {
                if (attribute.name.indexOf("data-") === 0) {
                    button.setAttribute(attribute.name, attribute.value);
                }
            });
            button.innerHTML = link.innerHTML;
            button.addEventListener("click", function () {
                var plan = load();
                var codes = codesOf(button);
                if (isIn(plan, codes)) {
                    plan.i = plan.i.filter(function (code) { return codes.indexOf(code) === -1; });
                    announce(button.getAttribute("data-announce-removed"));
                } else {
                    codes.forEach(function (code) {
                        if (plan.i.indexOf(code) === -1 && plan.i.length < MAX_ITEMS) {
                            plan.i.push(code);
                        }
                    });
                    announce(button.getAttribute("data-announce-added"));
                }
                save(plan);
                refreshButtons(plan);
            });
            link.replaceWith(button);
        });
    }

    /* --- The My day page ----------------------------------------------------- */
    function strings() {
        var element = document.getElementById("planner-strings");
        try {
            return element ? JSON.parse(element.textContent) : {};
        } catch (error) {
            return {};
        }
    }

    function format(template, values) {
        return (template || "").replace(/%\((\w+)\)s/g, function (match, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
        });
    }

    function planFromPage(root) {
        var form = root.querySelector("form.plan-form");
        var codes = root.getAttribute("data-codes");
        return clean({
            v: VERSION,
            d: form && form.elements.d ? form.elements.d.value : "",
            t: form && form.elements.t ? form.elements.t.value : "",
            o: form && form.elements.o ? form.elements.o.value : "",
            i: codes ? codes.split(",") : []
        });
    }

    function MyDay(container) {
        this.container = container;
        this.text = strings();
        this.busy = false;
    }

    MyDay.prototype.root = function () {
        return this.container.querySelector("#plan-root");
    };

    MyDay.prototype.start = function () {
        var root = this.root();
        if (!root) {
            return; /* A link that could not be read: leave the stored plan alone. */
        }
        var params = new URLSearchParams(window.location.search);
        var stored = load();
        if (!params.has("i") && !params.has("d") && stored.i.length) {
            /* Opened from a bookmark or a no-JavaScript link: show the kept plan. */
            window.location.replace(myDayPath() + "?" + query(stored));
            return;
        }
        var plan = planFromPage(root);
        var shared = (params.get("i") || "").split(",").filter(Boolean);
        if (shared.length && stored.i.length && shared.join(",") !== stored.i.join(",")) {
            /* Someone else's plan, or another device's: never replace the visitor's own
               without asking. Until they choose, nothing is saved and the buttons post
               the form (the question comes back with the changed plan). */
            this.ask(plan, stored);
            return;
        }
        this.adopt(plan);
    };

    MyDay.prototype.adopt = function (plan) {
        var root = this.root();
        save(plan);
        if (plan.i.length) {
            window.history.replaceState(null, "", myDayPath() + "?" + root.getAttribute("data-query"));
        }
        this.bind();
        var self = this;
        /* Back online after changes made offline: work the times out again. */
        window.addEventListener("online", function () {
            if (self.stale && !self.busy) { self.update(planFromPage(self.root()), null, ""); }
        });
    };

    MyDay.prototype.ask = function (plan, stored) {
        var self = this;
        var box = this.container.querySelector("#plan-choice");
        if (!box) { return; }
        box.querySelector("#plan-choice-text").textContent = format(this.text.shared, { count: stored.i.length });
        box.hidden = false;
        box.querySelectorAll("[data-choice]").forEach(function (button) {
            button.addEventListener("click", function () {
                var choice = button.getAttribute("data-choice");
                box.hidden = true;
                if (choice === "keep") {
                    window.location.replace(myDayPath() + "?" + query(stored));
                } else if (choice === "open") {
                    self.adopt(plan);
                    document.getElementById("my-day-title").focus();
                } else {
                    var merged = clean(stored);
                    plan.i.forEach(function (code) {
                        if (merged.i.indexOf(code) === -1 && merged.i.length < MAX_ITEMS) { merged.i.push(code); }
                    });
                    self.adopt(plan);
                    self.update(merged, null, self.text.merged);
                }
            });
        });
    };

    MyDay.prototype.bind = function () {
        var self = this;
        var root = this.root();
        root.querySelectorAll("button[data-op]").forEach(function (button) {
            button.addEventListener("click", function (event) {
                event.preventDefault();
                self.operate(button);
            });
        });
        root.querySelectorAll("button[value='clear']").forEach(function (button) {
            button.addEventListener("click", function (event) {
                event.preventDefault();
                var plan = planFromPage(root);
                plan.i = [];
                self.update(plan, null, self.text.cleared);
            });
        });
        root.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
        root.querySelectorAll("[data-copy]").forEach(function (button) {
            var input = document.getElementById(button.getAttribute("data-copy"));
            if (!input) { return; }
            button.hidden = false;
            button.addEventListener("click", function () {
                input.select();
                var done = function () { announce(self.text.copied); };
                if (navigator.clipboard && navigator.clipboard.writeText) {
                    navigator.clipboard.writeText(input.value).then(done, function () {});
                }
            });
        });
        root.querySelectorAll("[data-drag-handle]").forEach(function (handle) {
            handle.hidden = false;
            self.draggable(handle);
        });
    };

    MyDay.prototype.operate = function (button) {
        var root = this.root();
        var plan = planFromPage(root);
        var item = button.closest("[data-code]");
        var code = item.getAttribute("data-code");
        var name = item.getAttribute("data-name");
        var index = plan.i.indexOf(code);
        var op = button.getAttribute("data-op");
        var message;
        var focus = { code: code, op: op };
        if (op === "remove") {
            plan.i.splice(index, 1);
            message = format(this.text.removed, { name: name });
            var next = plan.i[index] || plan.i[index - 1];
            focus = next ? { code: next, op: "remove" } : null;
        } else {
            var target = op === "up" ? index - 1 : index + 1;
            if (index < 0 || target < 0 || target >= plan.i.length) { return; }
            plan.i.splice(index, 1);
            plan.i.splice(target, 0, code);
            message = format(this.text.moved, { name: name, position: target + 1, count: plan.i.length });
        }
        this.update(plan, focus, message);
    };

    MyDay.prototype.update = function (plan, focus, message) {
        var self = this;
        var url = myDayPath() + "?" + query(plan);
        save(plan);
        window.history.replaceState(null, "", url);
        this.root().setAttribute("aria-busy", "true");
        this.busy = true;
        window.fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var answer = new DOMParser().parseFromString(html, "text/html");
                var fresh = answer.getElementById("plan-root");
                /* Offline, the service worker may answer with a saved copy of another plan. */
                if (!fresh || fresh.getAttribute("data-codes") !== plan.i.join(",")) {
                    throw new Error("not this plan in the answer");
                }
                self.root().replaceWith(fresh);
                /* The language links carry the plan too. */
                var languages = answer.querySelector(".my-day-languages");
                var current = self.container.querySelector(".my-day-languages");
                if (languages && current) { current.replaceWith(languages); }
                self.busy = false;
                self.stale = false;
                var notice = self.container.querySelector("#plan-offline");
                if (notice) { notice.hidden = true; }
                save(planFromPage(fresh));
                self.bind();
                self.focus(focus);
                announce(message);
            })
            .catch(function () {
                /* Offline or the server is away: the plan is saved; show the new order now
                   and work the times out again when the connection is back. */
                self.busy = false;
                self.applyLocally(plan);
                self.focus(focus);
                announce([message, self.text.offline].filter(Boolean).join(" "));
            });
    };

    MyDay.prototype.applyLocally = function (plan) {
        var root = this.root();
        root.removeAttribute("aria-busy");
        root.setAttribute("data-codes", plan.i.join(","));
        var hidden = root.querySelector('input[name="i"]');
        if (hidden) { hidden.value = plan.i.join(","); }
        var list = root.querySelector("[data-plan-list]");
        if (list) {
            var items = {};
            Array.prototype.forEach.call(list.children, function (li) {
                items[li.getAttribute("data-code")] = li;
            });
            Object.keys(items).forEach(function (code) {
                if (plan.i.indexOf(code) === -1) { items[code].remove(); }
            });
            plan.i.forEach(function (code, index) {
                var li = items[code];
                if (!li) { return; }
                list.appendChild(li);
                var up = li.querySelector('button[data-op="up"]');
                var down = li.querySelector('button[data-op="down"]');
                if (up) { up.disabled = index === 0; }
                if (down) { down.disabled = index === plan.i.length - 1; }
            });
        }
        /* The times and legs on the page are for the old order until the server answers. */
        root.classList.add("is-stale");
        this.stale = true;
        var notice = this.container.querySelector("#plan-offline");
        if (notice) {
            notice.textContent = this.text.offline;
            notice.hidden = false;
        }
    };

    MyDay.prototype.focus = function (focus) {
        var root = this.root();
        var target = null;
        if (focus) {
            var item = root.querySelector('[data-code="' + focus.code + '"]');
            if (item) {
                var order = [focus.op, focus.op === "up" ? "down" : "up", "remove"];
                for (var n = 0; n < order.length && !target; n += 1) {
                    var candidate = item.querySelector('button[data-op="' + order[n] + '"]');
                    if (candidate && !candidate.disabled) { target = candidate; }
                }
            }
        }
        (target || document.getElementById("my-day-title")).focus();
    };

    /* Drag by the handle, with a mouse, a pen or a finger (pointer events). The
       Move up/Move down buttons do the same from the keyboard. */
    MyDay.prototype.draggable = function (handle) {
        var self = this;
        handle.addEventListener("pointerdown", function (event) {
            if (self.busy || event.button > 0) { return; }
            event.preventDefault();
            var item = handle.closest("[data-code]");
            var list = item.parentElement;
            var before = Array.prototype.map.call(list.children, function (li) { return li.getAttribute("data-code"); });
            item.classList.add("is-dragging");

            function move(moveEvent) {
                var siblings = Array.prototype.filter.call(list.children, function (li) { return li !== item; });
                var next = null;
                for (var n = 0; n < siblings.length; n += 1) {
                    var box = siblings[n].getBoundingClientRect();
                    if (moveEvent.clientY < box.top + box.height / 2) { next = siblings[n]; break; }
                }
                if (next !== item.nextElementSibling) {
                    list.insertBefore(item, next);
                }
            }

            function drop() {
                window.removeEventListener("pointermove", move);
                window.removeEventListener("pointerup", drop);
                window.removeEventListener("pointercancel", drop);
                item.classList.remove("is-dragging");
                var after = Array.prototype.map.call(list.children, function (li) { return li.getAttribute("data-code"); });
                if (after.join(",") === before.join(",")) { return; }
                var plan = planFromPage(self.root());
                plan.i = after;
                var message = format(self.text.moved, {
                    name: item.getAttribute("data-name"),
                    position: after.indexOf(item.getAttribute("data-code")) + 1,
                    count: after.length
                });
                self.update(plan, { code: item.getAttribute("data-code"), op: "up" }, message);
            }

            /* On the window, not the handle: moving the stop in the list would
               release a pointer capture on it and lose the rest of the drag. */
            window.addEventListener("pointermove", move);
            window.addEventListener("pointerup", drop);
            window.addEventListener("pointercancel", drop);
        });
    };

    function init() {
        var plan = load();
        showCount(plan);
        enhanceAddLinks();
        refreshButtons(plan);
        var container = document.querySelector("[data-my-day]");
        if (container) {
            new MyDay(container).start();
        }
        /* Another tab changed the plan. */
        window.addEventListener("storage", function (event) {
            if (event.key === KEY) {
                var changed = load();
                showCount(changed);
                refreshButtons(changed);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
