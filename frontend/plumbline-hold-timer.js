/**
 * <plumbline-hold-timer>: guides timed holds in the browser, with no server round trip per tick.
 * Phases: get ready, then for each set and each side a hold, with rest between sets. Time is read
 * from the wall clock (Date.now()), so it stays right when the tab was in the background.
 * Attributes: hold, sets, reps (holds per set), sides (1 or 2), rest, ready (all in seconds/counts).
 * Fires "timer-finished" with {sets} when every hold is done.
 */
class PlumblineHoldTimer extends HTMLElement {
  static get observedAttributes() { return ['hold', 'sets', 'reps', 'sides', 'rest', 'ready']; }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; border: 1px solid var(--lumo-contrast-20pct, #ccc);
                border-radius: var(--lumo-border-radius-l, 8px); padding: var(--lumo-space-m, 1rem);
                background: var(--lumo-base-color, #fff); }
        .phase { font-size: var(--lumo-font-size-l, 1.25rem); font-weight: 600; min-height: 1.6em; }
        .count { font-size: 3.5rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
        .step { color: var(--lumo-secondary-text-color, #555); min-height: 1.4em; }
        :host([data-phase="hold"]) .count { color: var(--lumo-primary-text-color, #14607a); }
        :host([data-phase="rest"]) .count, :host([data-phase="ready"]) .count { color: var(--lumo-secondary-text-color, #555); }
        :host([data-phase="done"]) .count { color: var(--lumo-success-text-color, #1d6b46); }
        .buttons { display: flex; gap: .5rem; flex-wrap: wrap; margin-top: .75rem; }
        button { font: inherit; font-size: var(--lumo-font-size-m, 1rem); min-height: 48px; min-width: 48px;
                 padding: 0 1.25rem; border-radius: var(--lumo-border-radius-m, 6px); cursor: pointer;
                 border: 1px solid var(--lumo-contrast-30pct, #aaa); background: var(--lumo-contrast-5pct, #f3f3f3);
                 color: var(--lumo-body-text-color, #222); }
        button.primary { background: var(--lumo-primary-color, #14607a); color: var(--lumo-primary-contrast-color, #fff);
                 border-color: transparent; font-weight: 600; }
        button:focus-visible { outline: 3px solid var(--lumo-primary-color-50pct, #6aa); outline-offset: 2px; }
        label { display: inline-flex; align-items: center; gap: .4rem; min-height: 48px; }
        input { width: 1.3rem; height: 1.3rem; }
      </style>
      <div class="phase" aria-live="polite"></div>
      <div class="count" role="timer" aria-live="off"></div>
      <div class="step"></div>
      <div class="buttons">
        <button class="primary" part="start"></button>
        <button part="reset">Reset</button>
        <label><input type="checkbox" checked> Sound</label>
      </div>`;
    this._phaseEl = root.querySelector('.phase');
    this._countEl = root.querySelector('.count');
    this._stepEl = root.querySelector('.step');
    this._startBtn = root.querySelector('button.primary');
    this._sound = root.querySelector('input');
    this._startBtn.addEventListener('click', () => this._toggle());
    root.querySelector('button[part=reset]').addEventListener('click', () => this._reset());
    this._timer = null;
    this._plan = [];
  }

  // A custom element may not set its own attributes in the constructor: start when connected.
  connectedCallback() { this._reset(); }

  attributeChangedCallback() {
    if (this.isConnected) { this._reset(); }
  }

  disconnectedCallback() { this._stop(); }

  _num(name, fallback) {
    const value = parseInt(this.getAttribute(name), 10);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  }

  /** The list of phases: [{kind, seconds, label, step}]. */
  _phases() {
    const hold = Math.max(1, this._num('hold', 5));
    const sets = Math.max(1, this._num('sets', 1));
    const reps = Math.max(1, this._num('reps', 1));
    const sides = this._num('sides', 1) === 2 ? ['left side', 'right side'] : [null];
    const rest = this._num('rest', 0);
    const ready = this._num('ready', 5);
    const phases = [];
    if (ready > 0) phases.push({ kind: 'ready', seconds: ready, label: 'Get ready', step: '' });
    for (let s = 1; s <= sets; s++) {
      sides.forEach((side, i) => {
        for (let r = 1; r <= reps; r++) {
          phases.push({ kind: 'hold', seconds: hold, label: 'Hold' + (side ? ' — ' + side : ''),
            step: `Set ${s} of ${sets}` + (reps > 1 ? `, hold ${r} of ${reps}` : '') });
          if (r < reps) phases.push({ kind: 'rest', seconds: 3, label: 'Relax', step: 'Next hold in a moment' });
        }
        if (side && i === 0) phases.push({ kind: 'rest', seconds: 5, label: 'Change sides', step: '' });
      });
      if (s < sets && rest > 0) phases.push({ kind: 'rest', seconds: rest, label: 'Rest', step: `Next: set ${s + 1}` });
    }
    return phases;
  }

  _reset() {
    this._stop();
    this._plan = this._phases();
    this._index = 0;
    this._remainingMs = this._plan.length ? this._plan[0].seconds * 1000 : 0;
    this._running = false;
    this._show();
  }

  _toggle() {
    if (this.dataset.phase === 'done') { this._reset(); }
    if (this._running) {
      this._remainingMs = Math.max(0, this._endsAt - Date.now());
      this._stop();
      this._running = false;
    } else {
      this._unlockAudio();
      this._running = true;
      this._endsAt = Date.now() + this._remainingMs;
      this._timer = setInterval(() => this._tick(), 200);
    }
    this._show();
  }

  _stop() {
    if (this._timer) { clearInterval(this._timer); this._timer = null; }
  }

  _tick() {
    let now = Date.now();
    // Catch up on every phase that ended while the tab slept.
    while (this._running && now >= this._endsAt) {
      this._index++;
      if (this._index >= this._plan.length) { this._finish(); return; }
      this._endsAt += this._plan[this._index].seconds * 1000;
      this._beep(this._plan[this._index].kind === 'hold' ? 880 : 440);
    }
    this._remainingMs = this._endsAt - now;
    this._show();
  }

  _finish() {
    this._stop();
    this._running = false;
    this._beep(660, 0.5);
    this.dataset.phase = 'done';
    this._phaseEl.textContent = 'Done — well done!';
    this._countEl.textContent = '✓';
    this._stepEl.textContent = '';
    this._startBtn.textContent = 'Start again';
    this.dispatchEvent(new CustomEvent('timer-finished', {
      detail: { sets: Math.max(1, this._num('sets', 1)) }, bubbles: true, composed: true }));
  }

  _show() {
    if (this.dataset.phase === 'done' && !this._running && this._index >= this._plan.length) return;
    const phase = this._plan[this._index] || { kind: 'ready', label: '', step: '', seconds: 0 };
    this.dataset.phase = phase.kind;
    this._phaseEl.textContent = this._running || this._index > 0 ? phase.label : 'Press Start when you are in position';
    this._countEl.textContent = Math.ceil(this._remainingMs / 1000);
    this._stepEl.textContent = phase.step;
    this._startBtn.textContent = this._running ? 'Pause' : (this._index > 0 ? 'Continue' : 'Start');
  }

  _unlockAudio() {
    if (!this._audio && window.AudioContext) {
      try { this._audio = new AudioContext(); } catch (e) { this._audio = null; }
    }
  }

  _beep(frequency, seconds = 0.15) {
    if (!this._sound.checked || !this._audio) return;
    const osc = this._audio.createOscillator();
    const gain = this._audio.createGain();
    osc.frequency.value = frequency;
    gain.gain.value = 0.15;
    osc.connect(gain).connect(this._audio.destination);
    osc.start();
    osc.stop(this._audio.currentTime + seconds);
  }
}

customElements.define('plumbline-hold-timer', PlumblineHoldTimer);
