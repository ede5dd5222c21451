/* Koto's API reference: reads the OpenAPI document from /openapi and lists its operations. Own code, no library. */
(function () {
  'use strict';
  var doc;

  function el(name, text, cls) {
    var e = document.createElement(name);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function refName(ref) { return ref.substring(ref.lastIndexOf('/') + 1); }

  function resolve(obj) {
    var seen = 0;
    while (obj && obj.$ref && seen++ < 10) {
      var parts = obj.$ref.replace(/^#\//, '').split('/');
      obj = parts.reduce(function (o, p) { return o && o[p]; }, doc);
    }
    return obj || {};
  }

  /** A schema as a short line of text with links to named schemas. */
  function typeOf(s, into) {
    if (!s) { into.appendChild(el('span', 'any', 'type')); return; }
    if (s.$ref) {
      var a = el('a', refName(s.$ref), 'type');
      a.href = '#schema-' + refName(s.$ref);
      into.appendChild(a);
      return;
    }
    if (s.anyOf || s.oneOf) {
      (s.anyOf || s.oneOf).forEach(function (o, i) {
        if (i > 0) { into.appendChild(el('span', ' | ')); }
        typeOf(o, into);
      });
      return;
    }
    if (s.type === 'array') {
      into.appendChild(el('span', 'array of ', 'type'));
      typeOf(s.items, into);
    } else {
      var t = s.type || 'any';
      if (s.format) { t += ' (' + s.format + ')'; }
      if (s['enum']) { t += ': ' + s['enum'].map(String).join(', '); }
      into.appendChild(el('span', t, 'type'));
    }
    if (s.nullable) { into.appendChild(el('span', ', or null', 'muted')); }
  }

  function table(headings, rows) {
    var t = el('table');
    var tr = el('tr');
    headings.forEach(function (h) { var th = el('th', h); th.scope = 'col'; tr.appendChild(th); });
    var head = el('thead'); head.appendChild(tr); t.appendChild(head);
    var body = el('tbody');
    rows.forEach(function (cells) {
      var r = el('tr');
      cells.forEach(function (c) {
        var td = el('td');
        if (c instanceof Node) { td.appendChild(c); } else { td.textContent = c === undefined ? '' : String(c); }
        r.appendChild(td);
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    return t;
  }

  function typeCell(schema) { var span = el('span'); typeOf(schema, span); return span; }

  function content(c) {
    return Object.keys(c || {}).map(function (media) { return [media, typeCell(c[media].schema)]; });
  }

  function operation(path, method, op) {
    var d = el('details', null, 'op');
    d.dataset.search = (path + ' ' + (op.summary || '') + ' ' + (op.tags || []).join(' ')).toLowerCase();
    var s = el('summary');
    s.appendChild(el('span', method.toUpperCase(), 'method ' + method));
    s.appendChild(el('span', path, 'path'));
    s.appendChild(el('span', op.summary || '', 'summary'));
    d.appendChild(s);
    var body = el('div', null, 'body');
    if (op.description) { body.appendChild(el('p', op.description)); }
    if (op.security && op.security.length === 0) { body.appendChild(el('p', 'Public: no credentials.', 'muted')); }
    var params = (op.parameters || []).map(resolve);
    if (params.length) {
      body.appendChild(el('h4', 'Parameters'));
      body.appendChild(table(['name', 'in', 'required', 'type', 'description'], params.map(function (p) {
        return [p.name, p['in'], p.required ? 'yes' : 'no', typeCell(p.schema),
          (p.description || '') + (p.schema && p.schema['default'] !== undefined ? ' default ' + p.schema['default'] : '')];
      })));
    }
    if (op.requestBody) {
      var rb = resolve(op.requestBody);
      body.appendChild(el('h4', 'Request body' + (rb.required ? '' : ' (optional)')));
      if (rb.description) { body.appendChild(el('p', rb.description)); }
      body.appendChild(table(['media type', 'schema'], content(rb.content)));
    }
    body.appendChild(el('h4', 'Responses'));
    body.appendChild(table(['status', 'description', 'media type', 'schema', 'headers'],
      Object.keys(op.responses || {}).map(function (code) {
        var r = resolve(op.responses[code]);
        var media = Object.keys(r.content || {});
        var types = el('span');
        media.forEach(function (m, i) { if (i > 0) { types.appendChild(el('br')); } typeOf(r.content[m].schema, types); });
        return [code, r.description || '', media.join(', '), types, Object.keys(r.headers || {}).join(', ')];
      })));
    d.appendChild(body);
    return d;
  }

  function render() {
    document.getElementById('title').textContent = doc.info.title;
    document.title = doc.info.title;
    document.getElementById('version').textContent = 'Version ' + doc.info.version + ' · OpenAPI ' + doc.openapi;
    document.getElementById('description').textContent = doc.info.description || '';
    var schemes = document.getElementById('schemes');
    var secs = (doc.components && doc.components.securitySchemes) || {};
    Object.keys(secs).forEach(function (name) {
      var sc = secs[name];
      schemes.appendChild(el('dt', name + ': ' + sc.type + ' ' + (sc.scheme || '') + (sc.bearerFormat ? ' (' + sc.bearerFormat + ')' : '')));
      schemes.appendChild(el('dd', sc.description || ''));
    });
    var byTag = {};
    var count = 0;
    Object.keys(doc.paths).sort().forEach(function (path) {
      ['get', 'put', 'post', 'delete', 'patch', 'head'].forEach(function (method) {
        var op = doc.paths[path][method];
        if (!op) { return; }
        count++;
        var tag = (op.tags && op.tags[0]) || 'Other';
        (byTag[tag] = byTag[tag] || []).push(operation(path, method, op));
      });
    });
    var ops = document.getElementById('operations');
    Object.keys(byTag).sort().forEach(function (tag) {
      var section = el('section');
      section.appendChild(el('h3', tag, 'tag'));
      byTag[tag].forEach(function (d) { section.appendChild(d); });
      ops.appendChild(section);
    });
    document.getElementById('status').textContent = count + ' operations.';
    var schemas = document.getElementById('schemas');
    var all = (doc.components && doc.components.schemas) || {};
    Object.keys(all).sort().forEach(function (name) {
      var s = all[name];
      var div = el('div', null, 'schema');
      div.id = 'schema-' + name;
      div.appendChild(el('h3', name));
      if (s.description) { div.appendChild(el('p', s.description)); }
      var required = s.required || [];
      var props = s.properties || {};
      if (Object.keys(props).length) {
        div.appendChild(table(['field', 'type', 'required', 'description'], Object.keys(props).map(function (p) {
          return [p, typeCell(props[p]), required.indexOf(p) >= 0 ? 'always present' : 'optional', props[p].description || ''];
        })));
      } else {
        div.appendChild(typeCell(s));
      }
      schemas.appendChild(div);
    });
  }

  function filter() {
    var q = document.getElementById('filter').value.toLowerCase();
    document.querySelectorAll('details.op').forEach(function (d) {
      d.classList.toggle('hidden', q !== '' && d.dataset.search.indexOf(q) < 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('filter').addEventListener('input', filter);
    fetch('../openapi?format=JSON', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (json) { doc = json; render(); })
      .catch(function (e) {
        document.getElementById('status').textContent = 'The document could not be read: ' + e.message;
      });
  });
}());
