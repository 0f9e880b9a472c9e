import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import '@vaadin/details';
import '@vaadin/integer-field';
import '@vaadin/select';
import '@vaadin/text-area';
import './plumbline-hold-timer.js';

// The shape of what is kept changed (status and own pain per exercise): a draft of the old shape is not restored.
const DRAFT = 'plumbline-session-draft-2';
const STILL_HERE_MS = 5 * 60 * 1000;

const PAIN = Array.from({ length: 11 }, (_, p) => ({ label: String(p), value: String(p) }));
const OWN_PAIN = [{ label: 'Same as the session', value: '' },
  ...Array.from({ length: 11 }, (_, p) => ({ label: String(p), value: String(p) }))];
const STATUS = [
  { value: 'done', label: 'Done as prescribed' },
  { value: 'changed', label: 'Did part of it' },
  { value: 'skipped', label: 'Skipped' },
];
const UNANSWERED = 'Tap Done as prescribed, Did part of it, or Skipped.';
const NO_PAIN = 'Choose how much it hurt during the exercises (0 if not at all).';

/**
 * <plumbline-session-form>: the exercises of one session, what the patient did, one pain answer
 * for the session, a note and Save. A session done as prescribed takes three taps: "I did all of
 * them as prescribed", the pain, Save. Nothing counts as done until the patient says so (each
 * exercise starts unanswered), an exercise's pain is the session's unless changed, and how hard
 * it felt is optional: an answer not given is sent as not given.
 * The whole form lives in the browser, so a patient's session on the server holds one element
 * instead of a few hundred (docs/PERFORMANCE.md). The server sets `plan`, a JSON string:
 * {saveLabel, difficulties: [{value, label}], skipReasons: [{value, label}], note,
 *  exercises: [{id, name, image, dose, therapistNote, steps, cautions, timer, target, done}]}.
 * Save sends what was entered to the server's save(values), which checks everything again and
 * answers with the problems to show at their fields ({} when it was saved).
 * Filling in sends nothing, so two things keep the patient's work: what is entered is kept in the
 * tab's sessionStorage under the plan's draftKey until it is saved (a phone that discards the tab
 * while the patient exercises, or an expired session, then loses nothing), and while the patient
 * is busy with the form it calls the server's stillHere() at most every 5 minutes, so the session
 * does not end as idle in the middle of a long workout.
 * Rendered into the light DOM, so the app's stylesheet (.log-card and friends) applies.
 */
class PlumblineSessionForm extends LitElement {
  static properties = {
    plan: { type: String },
    _problems: { state: true },
    _saving: { state: true },
  };

  constructor() {
    super();
    this._problems = {};
    this._saving = false;
    this._values = [];
    this._note = '';
    this._pain = '';
    this._lastSeen = Date.now();
    const busy = () => this._stillHere();
    this.addEventListener('click', busy);
    this.addEventListener('keydown', busy);
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (changed.has('plan')) {
      this._plan = this.plan ? JSON.parse(this.plan) : { exercises: [] };
      this._values = this._plan.exercises.map((e) => fromLog(e));
      this._pain = commonPain(this._values);
      this._values.forEach((v) => { if (v.pain === this._pain) v.pain = ''; });
      this._note = this._plan.note || '';
      this._problems = {};
      this._restoreDraft();
    }
  }

  /** What was entered before a reload of this same form (same key, same exercises), if anything. */
  _restoreDraft() {
    try {
      const draft = JSON.parse(sessionStorage.getItem(DRAFT) || 'null');
      const ids = this._plan.exercises.map((e) => e.id).join();
      if (draft && this._plan.draftKey && draft.key === this._plan.draftKey && draft.ids === ids
          && draft.values.length === this._values.length) {
        this._values = draft.values;
        this._note = draft.note || '';
        this._pain = draft.pain || '';
      }
    } catch (e) {
      // no storage (private mode) or a damaged draft: start from the plan
    }
  }

  _keepDraft() {
    if (!this._plan.draftKey) return;
    try {
      sessionStorage.setItem(DRAFT, JSON.stringify({ key: this._plan.draftKey,
        ids: this._plan.exercises.map((e) => e.id).join(), values: this._values, note: this._note,
        pain: this._pain }));
    } catch (e) {
      // storage full or off: the form still works, only without the draft
    }
  }

  _dropDraft() {
    try {
      sessionStorage.removeItem(DRAFT);
    } catch (e) {
      // nothing kept
    }
  }

  _stillHere() {
    if (Date.now() - this._lastSeen > STILL_HERE_MS && this.$server) {
      this._lastSeen = Date.now();
      this.$server.stillHere();
    }
  }

  render() {
    if (!this._plan) return nothing;
    const form = this._problems.form;
    const open = this._values.filter((v) => !v.status).length;
    return html`
      <div class="session-form">
        ${this._plan.exercises.map((e, i) => this._card(e, i))}
        <section class="session-answers" aria-label="How it went">
          <h3>How did it go?</h3>
          ${open ? html`<vaadin-button class="all-done" theme="large" @click=${this._allDone}>
              I did all of them as prescribed</vaadin-button>`
            : html`<p class="all-answered">Every exercise is answered.</p>`}
          ${this._chips('session-pain', 'Pain during the exercises (0 = none, 10 = worst you can imagine)',
            PAIN, this._pain, (value) => { this._pain = value; this._changed('sessionPain'); }, 'sessionPain',
            'pain-chips')}
          <vaadin-text-area label="A note for your therapist (optional)" maxlength="1000" style="width: 100%"
            manual-validation .value=${this._note} ?invalid=${!!this._problems.note}
            .errorMessage=${this._problems.note || ''} data-field="note"
            @value-changed=${(ev) => { this._note = ev.detail.value; this._changed('note'); }}></vaadin-text-area>
        </section>
      </div>
      ${form ? html`<p class="form-problem" role="alert">${form}</p>` : nothing}
      <vaadin-button id="save-session" class="save-session" theme="primary large" ?disabled=${this._saving}
        @click=${this._save}>${this._plan.saveLabel}</vaadin-button>`;
  }

  _card(e, i) {
    const v = this._values[i];
    const at = `ex[${i}].`;
    return html`
      <section class="log-card" aria-label=${e.name}>
        ${e.image ? html`<img class="log-card-image" src=${e.image} alt=${'Picture: ' + e.name}>` : nothing}
        <h3>${e.name}</h3>
        <p class="log-card-dose">${e.dose}</p>
        ${e.therapistNote ? html`<p class="therapist-note">From your therapist: ${e.therapistNote}</p>` : nothing}
        ${e.steps.length ? html`
          <vaadin-details class="log-card-steps" summary="How to do it">
            <ol>${e.steps.map((s) => html`<li>${s}</li>`)}</ol>
          </vaadin-details>` : nothing}
        ${e.cautions.length ? html`
          <div class="log-card-cautions"><p>Take care</p><ul>${e.cautions.map((c) => html`<li>${c}</li>`)}</ul></div>`
          : nothing}
        ${e.timer ? html`
          <plumbline-hold-timer hold=${e.timer.hold} sets=${e.timer.sets} reps=${e.timer.reps}
            sides=${e.timer.sides} rest=${e.timer.rest} ready="5"></plumbline-hold-timer>` : nothing}
        ${this._chips(`status-${i}`, 'Did you do it?', STATUS, v.status,
          (value) => this._status(i, e, value), at + 'status', 'status-chips')}
        ${v.status === 'changed' ? html`<div class="log-card-fields">
          ${this._number(i, 'sets', 'Sets done', 0, 20, at + 'setsDone')}
          ${e.target.reps != null ? this._number(i, 'reps', 'Repetitions per set', 0, 200, at + 'repsDone') : nothing}
          ${e.target.hold != null
            ? this._number(i, 'hold', 'Seconds held', 0, 1200, at + 'holdSecondsDone') : nothing}
        </div>` : nothing}
        ${v.status === 'skipped' ? html`
          <vaadin-select label="Why? (optional)" .items=${this._plan.skipReasons} .value=${v.skipReason}
            @value-changed=${(ev) => { v.skipReason = ev.detail.value; this._changed(); }}></vaadin-select>` : nothing}
        ${v.status === 'skipped' ? nothing : html`
          ${this._chips(`difficulty-${i}`, 'How did it feel? (optional)', this._plan.difficulties, v.difficulty,
            (value) => this._set(i, 'difficulty', value, at + 'difficulty'), at + 'difficulty', 'difficulty-chips')}
          <vaadin-select class="own-pain" label="Pain in this exercise, if different" .items=${OWN_PAIN}
            placeholder="Same as the session"
            .value=${v.pain} manual-validation ?invalid=${!!this._problems[at + 'pain']}
            .errorMessage=${this._problems[at + 'pain'] || ''} data-field=${at + 'pain'}
            @value-changed=${(ev) => this._set(i, 'pain', ev.detail.value, at + 'pain')}></vaadin-select>`}
      </section>`;
  }

  /**
   * A row of choices as native radio buttons (arrow keys move between them), drawn as large chips;
   * choosing the chosen one again takes the answer back, for the optional questions.
   */
  _chips(name, label, options, value, choose, field, kind) {
    const problem = this._problems[field];
    return html`
      <fieldset class=${'chips ' + kind} data-field=${field} ?invalid=${!!problem}
        aria-describedby=${problem ? name + '-problem' : nothing}>
        <legend>${label}</legend>
        <div class="chip-row">
          ${options.map((o) => html`
            <label class="chip">
              <input type="radio" name=${name} .value=${o.value} .checked=${value === o.value}
                @click=${(ev) => { if (value === o.value && kind === 'difficulty-chips') { ev.target.checked = false; choose(''); } }}
                @change=${() => choose(o.value)}>
              <span>${o.label}</span>
            </label>`)}
        </div>
        ${problem ? html`<p class="chip-problem" id=${name + '-problem'} role="alert">${problem}</p>` : nothing}
      </fieldset>`;
  }

  _number(i, key, label, min, max, field) {
    return html`
      <vaadin-integer-field label=${label} min=${min} max=${max} step-buttons-visible manual-validation
        .value=${this._values[i][key]} ?invalid=${!!this._problems[field]}
        .errorMessage=${this._problems[field] || ''} data-field=${field}
        @value-changed=${(ev) => this._set(i, key, ev.detail.value, field)}></vaadin-integer-field>`;
  }

  /** Done or part of it start from the prescription (part of it: then the patient lowers what they did not do). */
  _status(i, e, status) {
    const v = this._values[i];
    v.status = status;
    if (status !== 'skipped' && v.sets === '' && v.reps === '' && v.hold === '') {
      v.sets = text(e.target.sets);
      v.reps = text(e.target.reps);
      v.hold = text(e.target.hold);
    }
    this._changed(`ex[${i}].status`);
    this.requestUpdate();
  }

  _allDone() {
    this._plan.exercises.forEach((e, i) => {
      if (!this._values[i].status) this._status(i, e, 'done');
    });
  }

  _set(i, key, value, field) {
    this._values[i][key] = value;
    this._changed(field);
    this.requestUpdate();
  }

  /** Something was entered: keep it, and take back the problem shown at that field. */
  _changed(field) {
    this._keepDraft();
    this._stillHere();
    if (field && this._problems[field]) {
      const { [field]: _, ...rest } = this._problems;
      this._problems = rest;
    }
    this.requestUpdate();
  }

  /** What the patient has not answered yet, at the question to answer. */
  _unanswered() {
    const problems = {};
    this._values.forEach((v, i) => {
      if (!v.status) problems[`ex[${i}].status`] = UNANSWERED;
    });
    if (!this._pain && this._values.some((v) => v.status && v.status !== 'skipped' && !v.pain)) {
      problems.sessionPain = NO_PAIN;
    }
    return problems;
  }

  /** The server's problems, each at the question the patient answered (a done exercise has no number fields). */
  _shown(problems) {
    const shown = {};
    Object.entries(problems).forEach(([field, message]) => {
      const match = /^ex\[(\d+)\]\.(\w+)$/.exec(field);
      const v = match ? this._values[Number(match[1])] : null;
      if (v && ['setsDone', 'repsDone', 'holdSecondsDone'].includes(match[2]) && v.status !== 'changed') {
        shown[`ex[${match[1]}].status`] = message;
      } else if (v && match[2] === 'pain' && !v.pain) {
        shown.sessionPain = message;
      } else {
        shown[field] = message;
      }
    });
    return shown;
  }

  async _save() {
    if (this._saving) return;
    const unanswered = this._unanswered();
    if (Object.keys(unanswered).length) {
      this._problems = unanswered;
      await this.updateComplete;
      this._focusFirstProblem();
      return;
    }
    this._saving = true;
    const values = {
      exercises: this._plan.exercises.map((e, i) => {
        const v = this._values[i];
        const done = v.status === 'done';
        return { id: e.id, sets: done ? text(e.target.sets) : v.sets, reps: done ? text(e.target.reps) : v.reps,
          hold: done ? text(e.target.hold) : v.hold, pain: v.pain || this._pain, difficulty: v.difficulty,
          skipped: v.status === 'skipped', skipReason: v.skipReason };
      }),
      note: this._note,
    };
    try {
      const answer = JSON.parse((await this.$server.save(JSON.stringify(values))) || '{}');
      this._problems = answer.problems ? this._shown(answer.problems) : {};
      if (!answer.problems) this._dropDraft();
    } catch (error) {
      this._problems = { form: 'Saving did not work. Please check your connection and press Save again.' };
    } finally {
      this._saving = false;
    }
    await this.updateComplete;
    this._focusFirstProblem();
  }

  /** Keyboard and screen reader users land on the first thing to fix. */
  _focusFirstProblem() {
    const first = this.querySelector('[invalid]');
    if (!first) return;
    const target = first.matches('fieldset') ? first.querySelector('input') : first;
    target?.focus();
    first.scrollIntoView?.({ block: 'center' });
  }
}

/** An exercise's answers as the form keeps them: from a saved log when a session is changed, else unanswered. */
function fromLog(e) {
  const d = e.done;
  const values = { sets: text(d.sets), reps: text(d.reps), hold: text(d.hold), pain: text(d.pain),
    difficulty: d.difficulty || '', skipReason: d.skipReason || '', status: '' };
  if (d.skipReason) {
    values.status = 'skipped';
  } else if (d.sets != null) {
    const asPrescribed = d.sets === e.target.sets && (e.target.reps == null || d.reps === e.target.reps)
      && (e.target.hold == null || d.hold === e.target.hold);
    values.status = asPrescribed ? 'done' : 'changed';
  }
  return values;
}

/** The pain most exercises of a saved session had, shown as the session's; '' for a new session. */
function commonPain(values) {
  const counts = new Map();
  values.filter((v) => v.pain !== '').forEach((v) => counts.set(v.pain, (counts.get(v.pain) || 0) + 1));
  let best = '';
  counts.forEach((count, pain) => { if (!best || count > counts.get(best)) best = pain; });
  return best;
}

function text(value) {
  return value == null ? '' : String(value);
}

customElements.define('plumbline-session-form', PlumblineSessionForm);
