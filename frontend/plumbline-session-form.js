import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import '@vaadin/checkbox';
import '@vaadin/details';
import '@vaadin/integer-field';
import '@vaadin/radio-group';
import '@vaadin/select';
import '@vaadin/text-area';
import './plumbline-hold-timer.js';

const DRAFT = 'plumbline-session-draft';
const STILL_HERE_MS = 5 * 60 * 1000;

const PAIN = Array.from({ length: 11 }, (_, p) => ({
  label: p === 0 ? '0 (no pain)' : p === 10 ? '10 (worst pain)' : String(p),
  value: String(p),
}));

/**
 * <plumbline-session-form>: the exercises of one session with what the patient did, a note and
 * Save. The whole form lives in the browser, so a patient's session on the server holds one
 * element instead of a few hundred (docs/PERFORMANCE.md). The server sets `plan`, a JSON string:
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
      this._values = this._plan.exercises.map((e) => ({
        sets: text(e.done.sets), reps: text(e.done.reps), hold: text(e.done.hold), pain: text(e.done.pain),
        difficulty: e.done.difficulty || '', skipped: !!e.done.skipReason, skipReason: e.done.skipReason || '',
      }));
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
      }
    } catch (e) {
      // no storage (private mode) or a damaged draft: start from the plan
    }
  }

  _keepDraft() {
    if (!this._plan.draftKey) return;
    try {
      sessionStorage.setItem(DRAFT, JSON.stringify({ key: this._plan.draftKey,
        ids: this._plan.exercises.map((e) => e.id).join(), values: this._values, note: this._note }));
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
    return html`
      <div class="session-form">
        ${this._plan.exercises.map((e, i) => this._card(e, i))}
        <vaadin-text-area label="A note for your therapist (optional)" maxlength="1000" style="width: 100%"
          manual-validation .value=${this._note} ?invalid=${!!this._problems.note}
          .errorMessage=${this._problems.note || ''} data-field="note"
          @value-changed=${(ev) => { this._note = ev.detail.value; this._changed('note'); }}></vaadin-text-area>
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
        ${v.skipped ? nothing : html`<div class="log-card-fields">
          ${this._number(i, 'sets', 'Sets done', 0, 20, at + 'setsDone')}
          ${e.target.reps != null ? this._number(i, 'reps', 'Repetitions per set', 0, 200, at + 'repsDone') : nothing}
          ${e.target.hold != null
            ? this._number(i, 'hold', 'Seconds held', 0, 1200, at + 'holdSecondsDone') : nothing}
          <vaadin-select label="Pain during (0 to 10)" placeholder="Choose" manual-validation
            helper-text="0 = no pain, 10 = worst pain you can imagine" .items=${PAIN} .value=${v.pain}
            ?invalid=${!!this._problems[at + 'pain']} .errorMessage=${this._problems[at + 'pain'] || ''}
            data-field=${at + 'pain'}
            @value-changed=${(ev) => this._set(i, 'pain', ev.detail.value, at + 'pain')}></vaadin-select>
          <vaadin-radio-group label="How did it feel?" .value=${v.difficulty} manual-validation
            ?invalid=${!!this._problems[at + 'difficulty']} .errorMessage=${this._problems[at + 'difficulty'] || ''}
            data-field=${at + 'difficulty'}
            @value-changed=${(ev) => this._set(i, 'difficulty', ev.detail.value, at + 'difficulty')}>
            ${this._plan.difficulties.map((d) => html`
              <vaadin-radio-button value=${d.value} label=${d.label}></vaadin-radio-button>`)}
          </vaadin-radio-group>
        </div>`}
        <vaadin-checkbox label="I skipped this exercise today" .checked=${v.skipped}
          @checked-changed=${(ev) => { v.skipped = ev.detail.value; this._changed(); this.requestUpdate(); }}></vaadin-checkbox>
        ${v.skipped ? html`
          <vaadin-select label="Why?" .items=${this._plan.skipReasons} .value=${v.skipReason}
            @value-changed=${(ev) => { v.skipReason = ev.detail.value; this._changed(); }}></vaadin-select>` : nothing}
      </section>`;
  }

  _number(i, key, label, min, max, field) {
    return html`
      <vaadin-integer-field label=${label} min=${min} max=${max} step-buttons-visible manual-validation
        .value=${this._values[i][key]} ?invalid=${!!this._problems[field]}
        .errorMessage=${this._problems[field] || ''} data-field=${field}
        @value-changed=${(ev) => this._set(i, key, ev.detail.value, field)}></vaadin-integer-field>`;
  }

  _set(i, key, value, field) {
    this._values[i][key] = value;
    this._changed(field);
  }

  /** Something was entered: keep it, and take back the problem shown at that field. */
  _changed(field) {
    this._keepDraft();
    this._stillHere();
    if (field && this._problems[field]) {
      const { [field]: _, ...rest } = this._problems;
      this._problems = rest;
    }
  }

  async _save() {
    if (this._saving) return;
    this._saving = true;
    const values = {
      exercises: this._plan.exercises.map((e, i) => {
        const v = this._values[i];
        return { id: e.id, sets: v.sets, reps: v.reps, hold: v.hold, pain: v.pain, difficulty: v.difficulty,
          skipped: v.skipped, skipReason: v.skipReason };
      }),
      note: this._note,
    };
    try {
      const answer = JSON.parse((await this.$server.save(JSON.stringify(values))) || '{}');
      this._problems = answer.problems || {};
      if (!answer.problems) this._dropDraft();
    } catch (error) {
      this._problems = { form: 'Saving did not work. Please check your connection and press Save again.' };
    } finally {
      this._saving = false;
    }
    await this.updateComplete;
    // Keyboard and screen reader users land on the first thing to fix.
    this.querySelector('[invalid]')?.focus();
  }
}

function text(value) {
  return value == null ? '' : String(value);
}

customElements.define('plumbline-session-form', PlumblineSessionForm);
