/*
 * A character counter under every admin field that has a maxlength (docs/editors.md).
 *
 * Wagtail 7.4 counts characters only in rich text (Draftail); plain inputs,
 * textareas and StreamField text blocks would otherwise stop at their limit
 * without a word. Fields added later (new StreamField blocks, inline panels)
 * are found by a MutationObserver. The wording comes translated from the
 * script tag (core/wagtail_hooks.py), so no text lives here.
 */
(() => {
  "use strict";

  const template = document.currentScript.dataset.template;
  const FIELDS =
    "[data-field-input] input[maxlength], [data-field-input] textarea[maxlength]";
  let serial = 0;

  function show(field) {
    const counter = document.getElementById(field.dataset.lengthCounter);
    if (!counter) return;
    const count = field.value.length;
    counter.textContent = template
      .replace("%(count)s", count)
      .replace("%(max)s", field.maxLength);
    counter.classList.toggle("hcv-length-counter--full", count >= field.maxLength);
  }

  function attach(field) {
    if (field.dataset.lengthCounter || field.maxLength <= 0 || field.type === "hidden") {
      return;
    }
    serial += 1;
    const counter = document.createElement("p");
    counter.id = `hcv-length-counter-${serial}`;
    counter.className = "hcv-length-counter";
    field.dataset.lengthCounter = counter.id;
    const describedBy = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", describedBy ? `${describedBy} ${counter.id}` : counter.id);
    field.after(counter);
    show(field);
  }

  function scan(root) {
    if (root.matches && root.matches(FIELDS)) attach(root);
    if (root.querySelectorAll) root.querySelectorAll(FIELDS).forEach(attach);
  }

  function update(event) {
    if (event.target.dataset && event.target.dataset.lengthCounter) show(event.target);
  }

  function start() {
    scan(document);
    document.addEventListener("input", update);
    document.addEventListener("change", update);
    new MutationObserver((mutations) => {
      mutations.forEach((mutation) => mutation.addedNodes.forEach(scan));
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
