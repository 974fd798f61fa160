// Agora workbench pages: forms that start jobs through the JSON API, live progress over server-sent
// events, and result views (convergence plot in SVG, leaderboard, cross-table heatmap). No library.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fmt(x) {
    if (x === null || x === undefined || Number.isNaN(x)) return '\u2013';
    if (Number.isInteger(x)) return String(x);
    const a = Math.abs(x);
    return (a !== 0 && (a < 1e-3 || a >= 1e6)) ? x.toExponential(3) : x.toPrecision(4).replace(/\.?0+$/, '');
  }

  async function api(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!response.ok) throw new Error((json && json.error) || (response.status + ' ' + response.statusText));
    return json;
  }

  // ------------------------------------------------------------ catalogue: filter as you type
  function catalogue() {
    const input = document.getElementById('game-search');
    const table = document.getElementById('catalogue');
    const count = document.getElementById('game-count');
    if (!input || !table) return;
    input.addEventListener('input', () => {
      const needle = input.value.trim().toLowerCase();
      let shown = 0;
      for (const row of table.tBodies[0].rows) {
        const match = row.dataset.search.includes(needle);
        row.hidden = !match;
        if (match) shown++;
      }
      count.textContent = shown + (shown === 1 ? ' game' : ' games') + (needle ? ' matching \u201c' + input.value.trim() + '\u201d' : '');
    });
  }

  // ------------------------------------------------------------ game page: expandable tree
  // Mirrors GameTreeHtml: a node's children are loaded from the tree API the first time it is opened.
  function treeMove(child) {
    const text = `move ${child.move} \u201c${child.label}\u201d`;
    return child.probability !== undefined ? `${text} (probability ${fmt(child.probability)})` : text;
  }

  function treeNode(node) {
    const parts = [];
    if (node.kind === 'terminal') parts.push('terminal, returns ' + node.returns.map(fmt).join(', '));
    else if (node.kind === 'chance') parts.push('chance node');
    else if (node.kind === 'decision') parts.push(`${node.playerName} to move`, `information state \u201c${node.informationState}\u201d`);
    else parts.push('simultaneous move');
    if (node.children > 0) parts.push(node.children + (node.children === 1 ? ' move' : ' moves'));
    return parts.join('; ');
  }

  function gameTree() {
    const tree = document.getElementById('game-tree');
    if (!tree) return;
    tree.addEventListener('toggle', async e => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'loading';
      const status = el('p', { class: 'hint', role: 'status' }, 'Loading\u2026');
      details.replaceChildren(details.querySelector('summary'), status);
      try {
        const answer = await api('GET', `${tree.dataset.api}?path=${encodeURIComponent(details.dataset.path)}`);
        const list = el('ul');
        for (const child of answer.children) {
          const label = treeMove(child) + ' \u2192 ' + treeNode(child.node);
          if (child.node.kind === 'terminal') list.append(el('li', {}, el('span', { class: 'leaf' }, label)));
          else list.append(el('li', {}, el('details', { 'data-path': child.node.path }, el('summary', {}, label))));
        }
        if (answer.truncated) list.append(el('li', {}, `\u2026 only the first ${answer.children.length} moves are listed`));
        status.replaceWith(list);
        details.dataset.loaded = 'true';
      } catch (err) {
        status.className = 'error';
        status.textContent = err.message;
        delete details.dataset.loaded;
      }
    }, true);
  }

  // ------------------------------------------------------------ plots
  // A line plot of points [{x, y}] in an inline SVG; y on a log scale when every y is positive.
  function linePlot(points, options) {
    const width = 640, height = 320, left = 70, right = 20, top = 20, bottom = 50;
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
      'aria-label': options.label, class: 'plot' });
    if (options.id) root.setAttribute('id', options.id);
    root.append(svg('title', {}, options.label));
    const finite = points.filter(p => p.y !== null && Number.isFinite(p.y));
    if (finite.length === 0) {
      root.append(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, 'no points yet'));
      return root;
    }
    const log = finite.every(p => p.y > 0);
    const ty = y => log ? Math.log10(y) : y;
    let x0 = Math.min(...finite.map(p => p.x)), x1 = Math.max(...finite.map(p => p.x));
    let y0 = Math.min(...finite.map(p => ty(p.y))), y1 = Math.max(...finite.map(p => ty(p.y)));
    if (x1 === x0) x1 = x0 + 1;
    if (y1 === y0) { y0 -= 0.5; y1 += 0.5; }
    if (log) { y0 = Math.floor(y0); y1 = Math.ceil(y1); }
    const sx = x => left + (x - x0) / (x1 - x0) * (width - left - right);
    const sy = y => top + (1 - (ty(y) - y0) / (y1 - y0)) * (height - top - bottom);
    const axes = svg('g', { class: 'axes' });
    axes.append(svg('line', { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
    axes.append(svg('line', { x1: left, y1: top, x2: left, y2: height - bottom }));
    const yTicks = [];
    if (log) { for (let e = y0; e <= y1; e++) yTicks.push(e); }
    else { for (let i = 0; i <= 4; i++) yTicks.push(y0 + (y1 - y0) * i / 4); }
    for (const t of yTicks) {
      const py = top + (1 - (t - y0) / (y1 - y0)) * (height - top - bottom);
      axes.append(svg('line', { x1: left - 4, y1: py, x2: width - right, y2: py, class: 'grid' }));
      axes.append(svg('text', { x: left - 6, y: py + 4, 'text-anchor': 'end' }, log ? '1e' + t : fmt(t)));
    }
    for (let i = 0; i <= 4; i++) {
      const x = x0 + (x1 - x0) * i / 4;
      const label = x1 - x0 >= 8 ? fmt(Math.round(x)) : fmt(Number(x.toPrecision(3)));
      axes.append(svg('text', { x: sx(x), y: height - bottom + 18, 'text-anchor': 'middle' }, label));
    }
    axes.append(svg('text', { x: (left + width - right) / 2, y: height - 8, 'text-anchor': 'middle' }, options.xLabel));
    axes.append(svg('text', { x: 14, y: (top + height - bottom) / 2, 'text-anchor': 'middle',
      transform: `rotate(-90 14 ${(top + height - bottom) / 2})` }, options.yLabel + (log ? ' (log scale)' : '')));
    root.append(axes);
    const path = finite.map((p, i) => (i ? 'L' : 'M') + sx(p.x).toFixed(1) + ' ' + sy(p.y).toFixed(1)).join(' ');
    root.append(svg('path', { d: path, class: 'series' }));
    const marks = svg('g', { class: 'points' });
    const step = Math.max(1, Math.floor(finite.length / 60));
    finite.forEach((p, i) => {
      if (i % step === 0 || i === finite.length - 1) {
        marks.append(svg('circle', { cx: sx(p.x).toFixed(1), cy: sy(p.y).toFixed(1), r: 2.5 }));
      }
    });
    root.append(marks);
    return root;
  }

  // ------------------------------------------------------------ results
  // Links to the server's downloads of a result (GET /api/jobs/{id}/result.csv?table=..., result.gambit);
  // the run page renders the same list on the server (Pages.downloads), so it is only built where absent.
  function downloadLinks(id, r) {
    const tables = [];
    if (r.kind === 'solve') {
      tables.push('equilibria');
      if (r.curve || r.trajectory) tables.push('convergence');
      if (r.policy) tables.push('players');
    } else if (r.kind === 'tournament') {
      tables.push('cross-table', 'metrics');
      if (r.ratings && r.ratings.length) tables.push('ratings');
    } else if (r.kind === 'psro') {
      tables.push('iterations', 'meta-strategy');
    }
    const list = el('ul', { class: 'downloads', id: 'downloads' },
      el('li', {}, el('a', { href: `/api/jobs/${id}/result`, download: `agora-run-${id}.json`, id: 'download-json' }, 'Result as JSON')));
    for (const t of tables) {
      const label = t.replace('-', ' ');
      list.append(el('li', {}, el('a', { href: `/api/jobs/${id}/result.csv?table=${t}`, 'data-table': t },
        label.charAt(0).toUpperCase() + label.slice(1) + ' as CSV')));
    }
    if (r.kind === 'solve') {
      list.append(el('li', {}, el('a', { href: `/api/jobs/${id}/result.gambit`, id: 'download-gambit' }, 'Equilibria as Gambit text (NE lines)')));
    }
    return list;
  }

  function renderResult(container, id, result) {
    container.replaceChildren();
    container.append(el('h3', {}, 'Result'));
    if (!document.getElementById('downloads')) container.append(downloadLinks(id, result));
    if (result.kind === 'solve') renderSolve(container, id, result);
    else if (result.kind === 'tournament') renderTournament(container, id, result);
    else if (result.kind === 'psro') renderPsro(container, id, result);
  }

  function renderSolve(container, id, r) {
    container.append(el('p', {}, `${r.method} on ${r.game}: ${r.concept}`));
    if (r.curve && r.curve.points && r.curve.points.length) {
      const pts = r.curve.points.map(p => ({ x: p.iteration, y: p.value }));
      container.append(el('figure', {}, linePlot(pts, { id: 'convergence-plot', label: `Convergence: ${r.curve.measure} by iteration`,
        xLabel: 'iteration', yLabel: r.curve.measure }), el('figcaption', {}, `${r.curve.measure} after each checkpoint (${pts.length} points)`)));
    }
    if (r.trajectory) {
      const keys = Object.keys(r.trajectory);
      const xs = r.trajectory[keys[0]];
      for (const name of keys.slice(1, 4)) {
        const pts = xs.map((x, i) => ({ x, y: r.trajectory[name][i] }));
        container.append(el('figure', {}, linePlot(pts, { id: name === keys[1] ? 'convergence-plot' : null,
          label: `${name} by ${keys[0]}`, xLabel: keys[0], yLabel: name })));
      }
    }
    const facts = el('dl', { class: 'facts' });
    const fact = (t, v, attrs) => { facts.append(el('dt', {}, t), el('dd', attrs || {}, v)); };
    if (r.exploitability !== undefined) fact('Final exploitability', fmt(r.exploitability), { id: 'final-exploitability' });
    if (r.nashConv !== undefined) fact('NashConv', fmt(r.nashConv), { id: 'final-nashconv' });
    if (r.value !== undefined) fact('Value', fmt(r.value) + (r.exactValue ? ` (${r.exactValue})` : ''));
    if (r.seconds !== undefined) fact('Seconds', fmt(r.seconds));
    container.append(facts);
    if (r.players) {
      const t = el('table', { id: 'players' }, el('caption', {}, 'Players'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Player'), el('th', { scope: 'col' }, 'Expected return'),
          el('th', { scope: 'col' }, 'Best-response gain'))));
      const body = el('tbody');
      for (const p of r.players) body.append(el('tr', {}, el('th', { scope: 'row' }, p.player), el('td', {}, fmt(p.expectedReturn)),
        el('td', {}, fmt(p.bestResponseGain))));
      t.append(body);
      container.append(t);
    }
    if (r.profiles) {
      const t = el('table', { id: 'profiles' }, el('caption', {}, `Equilibria (${r.profiles.length})`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), el('th', { scope: 'col' }, 'Strategies (per player)'),
          el('th', { scope: 'col' }, 'Payoffs'))));
      const body = el('tbody');
      r.profiles.forEach((p, i) => body.append(el('tr', {}, el('th', { scope: 'row' }, i + 1),
        el('td', {}, (p.exactStrategies || p.strategies).map(s => '(' + s.map(v => typeof v === 'number' ? fmt(v) : v).join(', ') + ')').join('; ')),
        el('td', {}, (p.payoffs || []).map(fmt).join(', ')))));
      t.append(body);
      container.append(t);
    }
  }

  function renderTournament(container, id, r) {
    container.append(el('p', {}, `${r.matches} matches between ${r.agents.length} agents.`));
    const board = el('table', { id: 'leaderboard' }, el('caption', {}, 'Leaderboard (best first)'),
      el('thead', {}, el('tr', {}, ...['Rank', 'Agent', 'Aggregate score', 'Population return', 'Within-population exploitability']
        .map(h => el('th', { scope: 'col' }, h)))));
    const body = el('tbody');
    r.metrics.forEach((m, i) => body.append(el('tr', {}, el('td', {}, i + 1), el('th', { scope: 'row' }, m.agent),
      el('td', {}, fmt(m.aggregateScore)), el('td', {}, fmt(m.populationReturn)), el('td', {}, fmt(m.withinPopulationExploitability)))));
    board.append(body);
    container.append(board);
    const ct = r.crossTable;
    const values = ct.meanReturns.flat().filter(v => v !== null);
    const bound = Math.max(1e-9, ...values.map(Math.abs));
    container.append(el('p', { class: 'hint' }, 'Each cell: the mean return of the row agent against the column agent; '
      + '+ the row agent won on average, \u2212 it lost. Shade: darker blue is higher, darker orange lower; the numbers carry the same information.'));
    const heat = el('table', { id: 'cross-table', class: 'heatmap' },
      el('caption', {}, 'Cross-table: mean return, row agent against column agent'),
      el('thead', {}, el('tr', {}, el('td', {}), ...ct.agents.map(a => el('th', { scope: 'col' }, a)))));
    const hb = el('tbody');
    ct.agents.forEach((a, i) => {
      const row = el('tr', {}, el('th', { scope: 'row' }, a));
      ct.meanReturns[i].forEach((v, j) => {
        if (v === null || ct.matches[i][j] === 0) { row.append(el('td', { class: 'empty' }, '\u2013')); return; }
        const t = Math.min(1, Math.abs(v) / bound);
        const colour = v >= 0 ? `hsl(210 70% ${Math.round(96 - 46 * t)}%)` : `hsl(30 85% ${Math.round(96 - 46 * t)}%)`;
        const cell = el('td', { style: `background:${colour};color:${t > 0.7 ? '#fff' : '#111'}`,
          title: `${a} vs ${ct.agents[j]}: ${fmt(v)} over ${ct.matches[i][j]} matches` }, (v > 0 ? '+' : v < 0 ? '\u2212' : '') + fmt(Math.abs(v)));
        row.append(cell);
      });
      hb.append(row);
    });
    heat.append(hb);
    container.append(heat);
    if (r.ratings) {
      const byElo = [...r.ratings].sort((a, b) => (b.elo ?? -Infinity) - (a.elo ?? -Infinity));
      const ratings = el('table', { id: 'ratings' }, el('caption', {}, 'Ratings (by Elo)'),
        el('thead', {}, el('tr', {}, ...['Agent', 'Elo', 'Glicko-2 (\u00b1 RD)', 'Weng\u2013Lin \u03bc (\u03c3)', 'Nash weight',
          'Nash rating', '\u03b1-rank mass'].map(h => el('th', { scope: 'col' }, h)))));
      const rb = el('tbody');
      byElo.forEach(x => rb.append(el('tr', {}, el('th', { scope: 'row' }, x.agent), el('td', {}, fmt(x.elo)),
        el('td', {}, `${fmt(x.glicko2)} \u00b1 ${fmt(x.glicko2Deviation)}`), el('td', {}, `${fmt(x.wengLinMu)} (${fmt(x.wengLinSigma)})`),
        el('td', {}, fmt(x.nashWeight)), el('td', {}, fmt(x.nashRating)), el('td', {}, fmt(x.alphaRankMass)))));
      ratings.append(rb);
      container.append(el('p', { class: 'hint' }, 'Elo, Glicko-2 and Weng\u2013Lin rate the match stream; Nash averaging '
        + '(weight: the maximum-entropy Nash mixture; rating: 0 on its support, below 0 off it) and \u03b1-rank (mass of the '
        + 'stationary distribution) rate the cross-table.'), ratings);
    }
  }

  function renderPsro(container, id, r) {
    const pts = r.iterations.map(it => ({ x: it.iteration, y: it.nashConv }));
    container.append(el('figure', {}, linePlot(pts, { id: 'convergence-plot', label: 'PSRO: NashConv by iteration',
      xLabel: 'iteration', yLabel: 'NashConv' })));
  }

  // ------------------------------------------------------------ following a job
  function follow(id, kind) {
    const panel = document.getElementById('job');
    panel.hidden = false;
    document.getElementById('job-id').textContent = id;
    const status = document.getElementById('job-status');
    const bar = document.getElementById('job-progress');
    const text = document.getElementById('job-progress-text');
    const error = document.getElementById('job-error');
    const live = document.getElementById('job-live');
    const result = document.getElementById('job-result');
    document.getElementById('job-links').replaceChildren(el('a', { href: `/runs/${id}` }, `Run ${id} in the run history`));
    error.hidden = true;
    result.replaceChildren();
    const samples = [];
    const series = new Map(); // live series: name -> points [{x, y}]
    const started = performance.now();
    let standingsAsked = 0;
    status.textContent = 'queued';
    // The live view: the first series the job measures (a convergence curve) once it has points,
    // otherwise progress over time; a tournament's standings so far below it.
    const plotLive = () => {
      const curve = series.size ? series.entries().next().value : null;
      const plot = curve
        ? linePlot(curve[1], { id: 'live-plot', label: `Live convergence of run ${id}: ${curve[0]} by iteration`,
          xLabel: 'iteration', yLabel: curve[0] })
        : linePlot(samples, { id: 'progress-plot', label: `Progress of run ${id} over time`,
          xLabel: 'seconds since start', yLabel: kind === 'tournament' ? 'matches played' : 'iterations done' });
      const caption = curve ? `${curve[0]} at each checkpoint so far (${curve[1].length} points); the result has the whole curve`
        : 'work done so far';
      const standings = document.getElementById('live-standings');
      live.replaceChildren(el('figure', {}, plot, el('figcaption', {}, caption)));
      if (standings) live.append(standings);
    };
    const askStandings = async () => {
      standingsAsked = performance.now();
      try {
        const view = await api('GET', `/api/jobs/${id}/live`);
        if (!view.standings || !view.status || (view.status !== 'running' && view.status !== 'queued')) return;
        const box = el('section', { id: 'live-standings', 'aria-live': 'polite' },
          el('h3', {}, `Standings so far (${view.standings.matches} matches)`),
          el('p', { class: 'hint' }, 'Ranked by mean return against the opponents met so far; the population metrics come with the result.'));
        renderTournament(box, id, view.standings);
        const old = document.getElementById('live-standings');
        if (old) old.replaceWith(box); else live.append(box);
      } catch (err) { /* the next progress event asks again */ }
    };
    const source = new EventSource(`/api/jobs/${id}/events`);
    source.addEventListener('progress', e => {
      const p = JSON.parse(e.data);
      status.textContent = 'running';
      if (p.total > 0) { bar.max = p.total; bar.value = p.done; text.textContent = `${p.done} / ${p.total}`; }
      else { bar.removeAttribute('value'); text.textContent = String(p.done); }
      samples.push({ x: (performance.now() - started) / 1000, y: p.done });
      if (!series.size) plotLive();
      if (kind === 'tournament' && p.done > 0 && performance.now() - standingsAsked > 1000) askStandings();
    });
    source.addEventListener('points', e => {
      const p = JSON.parse(e.data);
      const points = p.reset || !series.has(p.series) ? [] : series.get(p.series);
      p.x.forEach((x, i) => points.push({ x, y: p.y[i] }));
      series.set(p.series, points);
      plotLive();
    });
    source.addEventListener('status', async e => {
      source.close();
      const job = JSON.parse(e.data);
      status.textContent = job.status;
      if (job.progress && job.progress.total > 0) { bar.max = job.progress.total; bar.value = job.progress.done; text.textContent = `${job.progress.done} / ${job.progress.total}`; }
      if (job.status === 'completed') {
        try { renderResult(result, id, await api('GET', `/api/jobs/${id}/result`)); live.replaceChildren(); }
        catch (err) { error.hidden = false; error.textContent = err.message; }
      } else if (job.error) {
        error.hidden = false; error.textContent = job.error;
      }
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) return;
      source.close();
      status.textContent = 'connection lost; reload the page to see the run';
    };
  }

  // The catalogue's upload form: sends the file's text to POST /api/games and opens the new game's page.
  function uploadForm() {
    const form = document.getElementById('upload-form');
    if (!form) return;
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const error = document.getElementById('upload-error');
      const file = form.elements.file.files[0];
      error.hidden = true;
      if (!file) return;
      const response = await fetch('/api/games', { method: 'POST', headers: { 'Content-Type': 'text/plain' },
        body: await file.text() });
      const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
      if (!response.ok) {
        error.textContent = `${file.name}: ${body.error}`;
        error.hidden = false;
        return;
      }
      window.location.href = '/games/' + encodeURIComponent(body.id);
    });
  }

  function jobForm(formId, kind, build) {
    const form = document.getElementById(formId);
    if (!form) return;
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const button = form.querySelector('button[type=submit]');
      const error = document.getElementById('job-error');
      button.disabled = true;
      try {
        const job = await api('POST', '/api/jobs', build(form));
        follow(job.id, kind);
      } catch (err) {
        document.getElementById('job').hidden = false;
        error.hidden = false;
        error.textContent = err.message;
      } finally {
        button.disabled = false;
      }
    });
  }

  function solveRequest(form) {
    const method = form.elements.method;
    const option = method.options[method.selectedIndex];
    const iterations = form.elements.iterations.value;
    const solver = option.dataset.iterations === 'true' && iterations ? `${method.value}(iterations=${iterations})` : method.value;
    return { kind: 'solve', game: form.elements.game.value.trim(), solver };
  }

  function tournamentRequest(form) {
    const agents = [...form.querySelectorAll('input[name=agent]:checked')].map(b => b.value);
    for (const more of form.elements.more.value.split(',')) if (more.trim()) agents.push(more.trim());
    return { kind: 'tournament', game: form.elements.game.value.trim(), agents,
      matchesPerPairing: Number(form.elements.matches.value), seed: Number(form.elements.seed.value || 0),
      selfPlay: form.elements.selfPlay.checked };
  }

  function iterationsHint() {
    const method = document.getElementById('solve-method');
    const iterations = document.getElementById('solve-iterations');
    if (!method) return;
    const update = () => { iterations.disabled = method.options[method.selectedIndex].dataset.iterations !== 'true'; };
    method.addEventListener('change', update);
    update();
  }

  // ------------------------------------------------------------ run buttons and the run page
  function runButtons() {
    document.addEventListener('click', async e => {
      const button = e.target.closest('button[data-action]');
      if (!button) return;
      const id = button.dataset.id, action = button.dataset.action;
      const message = document.getElementById('run-message');
      if (action === 'delete' && !window.confirm(`Delete run ${id} and its result?`)) return;
      try {
        if (action === 'delete') await api('DELETE', `/api/jobs/${id}`);
        else await api('POST', `/api/jobs/${id}/${action}`);
        if (action === 'delete' && document.body.dataset.page === 'run') { window.location.href = '/runs'; return; }
        window.location.reload();
      } catch (err) {
        if (message) message.textContent = err.message;
      }
    });
  }

  async function runPage() {
    const view = document.getElementById('run-view');
    if (!view) return;
    const id = view.dataset.runId, status = view.dataset.status;
    if (status === 'queued' || status === 'running') { follow(id, view.dataset.kind); return; }
    if (status === 'completed') {
      try { renderResult(view, id, await api('GET', `/api/jobs/${id}/result`)); }
      catch (err) { view.textContent = err.message; }
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    catalogue();
    gameTree();
    iterationsHint();
    uploadForm();
    jobForm('solve-form', 'solve', solveRequest);
    jobForm('tournament-form', 'tournament', tournamentRequest);
    runButtons();
    runPage();
  });
})();
