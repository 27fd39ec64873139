/* The header's disclosures (navigation/header.html) work without this file: they
 * are <details>. It only adds what a menu is expected to do: Escape closes the
 * open one and gives focus back to its summary, a click or focus outside closes
 * it, and opening one closes the other. */
(function () {
    "use strict";

    var disclosures = Array.prototype.slice.call(document.querySelectorAll("[data-disclosure]"));
    if (!disclosures.length) {
        return;
    }

    function closeAll(except) {
        disclosures.forEach(function (details) {
            if (details !== except && details.open) {
                details.open = false;
            }
        });
    }

    disclosures.forEach(function (details) {
        details.addEventListener("toggle", function () {
            if (details.open) {
                closeAll(details);
            }
        });
        details.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && details.open) {
                details.open = false;
                details.querySelector("summary").focus();
            }
        });
    });

    function outside(event) {
        disclosures.forEach(function (details) {
            if (details.open && !details.contains(event.target)) {
                details.open = false;
            }
        });
    }
    document.addEventListener("click", outside);
    document.addEventListener("focusin", outside);
})();
