/* Progressive enhancement only: every feature works without this file.
   - The "Menu" link (which jumps to the menu with CSS :target) becomes a real disclosure
     button with aria-expanded; Escape closes the menu and returns focus to the button.
   - "Print this page" buttons appear and print.
   - Request forms ask how a symptom is changing only once it is ticked.
   - "I am the patient" hides the questions about the person filling in the form. */
(function () {
  "use strict";

  var menu = document.querySelector("[data-menu]");
  var link = document.querySelector("[data-menu-link]");
  var button = document.querySelector("[data-menu-button]");
  var close = document.querySelector("[data-menu-close]");

  if (menu && link && button) {
    var setOpen = function (open) {
      menu.classList.toggle("is-open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    };

    link.hidden = true;
    button.hidden = false;
    if (close) {
      close.hidden = true;
    }
    if (window.location.hash === "#" + menu.id) {
      // Opened by the link before this script ran: keep it open, now as a disclosure.
      setOpen(true);
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }

    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });

    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  // Request forms: ask how each symptom is changing only for the symptoms ticked. Unticking a
  // symptom clears its answer, since an answer alone counts as the symptom being there.
  var changeGroups = {};
  Array.prototype.forEach.call(document.querySelectorAll("[data-change-for]"), function (input) {
    var key = input.getAttribute("data-change-for");
    var wrapper = input.closest(".field");
    if (wrapper) {
      changeGroups[key] = changeGroups[key] || { wrapper: wrapper, inputs: [] };
      changeGroups[key].inputs.push(input);
    }
  });
  Object.keys(changeGroups).forEach(function (key) {
    var box = document.querySelector('input[name="symptoms"][value="' + key + '"]');
    var group = changeGroups[key];
    if (!box) {
      return;
    }
    var sync = function () {
      group.wrapper.hidden = !box.checked;
      if (!box.checked) {
        group.inputs.forEach(function (input) { input.checked = false; });
      }
    };
    box.addEventListener("change", sync);
    if (!box.checked && !group.inputs.some(function (input) { return input.checked; })) {
      group.wrapper.hidden = true;
    }
  });

  // Consultation forms: the patient filling in the form for themselves is not asked for
  // "your" name, phone and email (the server ignores them too).
  var selfRadio = document.querySelector('input[name="relationship"][value="self"]');
  var aboutYou = Array.prototype.map.call(
    document.querySelectorAll("[data-hide-when-self]"),
    function (input) { return input.closest(".field"); }
  ).filter(Boolean);
  if (selfRadio && aboutYou.length) {
    var syncSelf = function () {
      aboutYou.forEach(function (wrapper) { wrapper.hidden = selfRadio.checked; });
    };
    Array.prototype.forEach.call(
      document.querySelectorAll('input[name="relationship"]'),
      function (radio) { radio.addEventListener("change", syncSelf); }
    );
    syncSelf();
  }

  var printButtons = document.querySelectorAll("[data-print]");
  Array.prototype.forEach.call(printButtons, function (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () {
      window.print();
    });
  });
})();
