// Suggestions for institution fields (inputs with data-suggest="URL"): as one types, the first
// matches are asked from the portal and shown below the field (an ARIA combobox with a listbox).
// Arrow keys move, Enter or a click takes one, Escape closes. Without JavaScript the field is a
// plain text field and the portal resolves the name typed.
(function () {
  'use strict';
  var count = 0;

  function setUp(input) {
    var url = input.getAttribute('data-suggest');
    var list = document.createElement('ul');
    var status = document.createElement('div');
    var id = 'suggest-' + (++count);
    var timer = null;
    var asked = '';
    var active = -1;
    var controller = null;

    list.id = id;
    list.className = 'suggest-list list-group shadow-sm';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.parentNode.classList.add('suggest');
    input.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);

    function options() {
      return list.querySelectorAll('[role=option]');
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      var all = options();
      all.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        option.classList.toggle('active', i === index);
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(option) {
      input.value = option.getAttribute('data-value');
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function show(suggestions) {
      list.textContent = '';
      suggestions.forEach(function (s, i) {
        var option = document.createElement('li');
        option.id = id + '-' + i;
        option.className = 'list-group-item list-group-item-action';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-value', s.name);
        var name = document.createElement('span');
        name.textContent = s.name;
        option.appendChild(name);
        if (s.nativeName) {
          var own = document.createElement('span');
          own.className = 'native-name ms-2';
          own.textContent = s.nativeName;
          if (s.nativeNameLanguage) {
            own.lang = s.nativeNameLanguage;
          }
          option.appendChild(own);
        }
        var country = document.createElement('small');
        country.className = 'text-body-secondary ms-2';
        country.textContent = s.country;
        option.appendChild(country);
        option.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keeps the focus in the field
          choose(option);
        });
        list.appendChild(option);
      });
      var open = suggestions.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      active = -1;
      status.textContent = open ? suggestions.length + ' ' + (input.getAttribute('data-suggest-label') || '') : '';
    }

    function ask() {
      var text = input.value.trim();
      if (text === asked) {
        return;
      }
      asked = text;
      if (text.length < 2) {
        show([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(url + '?q=' + encodeURIComponent(text), {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        signal: controller.signal
      }).then(function (response) {
        return response.ok ? response.json() : [];
      }).then(function (suggestions) {
        if (input.value.trim() === text && document.activeElement === input) {
          show(suggestions);
        }
      }).catch(function () { /* a newer request replaced this one, or the network failed: no list */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (event) {
      var all = options();
      if (event.key === 'ArrowDown' && !list.hidden) {
        event.preventDefault();
        highlight(Math.min(active + 1, all.length - 1));
      } else if (event.key === 'ArrowUp' && !list.hidden) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault(); // takes the suggestion instead of submitting the form
        choose(all[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  document.querySelectorAll('input[data-suggest]').forEach(setUp);
})();
