import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip);

/**
 * <plumbline-chart>: bars and lines over shared categories. The server sets `config`, a JSON
 * string {title, categories, series: [{type, name, values, color}], valueAxis: {title, min, max}};
 * colours are CSS custom properties resolved here, so the chart follows the light or dark theme.
 * A slotted table carries the same numbers for screen readers.
 */
class PlumblineChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; }
        .frame { position: relative; width: 100%; height: 100%; }
        canvas { display: block; }
      </style>
      <div class="frame"><canvas aria-hidden="true"></canvas></div>
      <slot></slot>`;
    this._canvas = root.querySelector('canvas');
    this._config = null;
    this._chart = null;
    this._scheme = window.matchMedia('(prefers-color-scheme: dark)');
    this._onScheme = () => this._render();
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    this._scheme.addEventListener('change', this._onScheme);
    this._render();
  }

  disconnectedCallback() {
    this._scheme.removeEventListener('change', this._onScheme);
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /**
   * Resolves a theme colour to rgba(). Lumo may define colours with light-dark(), color-mix() or
   * oklch(), which Chart.js cannot parse: let the browser compute the colour, paint one pixel
   * with it and read the pixel back.
   */
  _css(name) {
    const probe = document.createElement('span');
    probe.style.color = `var(${name}, #555)`;
    this.shadowRoot.appendChild(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    const pixel = (this._pixel ||= document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = computed;
    pixel.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
    return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const c = this._config;
    const text = this._css('--lumo-secondary-text-color');
    const grid = this._css('--lumo-contrast-10pct');
    const datasets = c.series.map((s, i) => {
      const colour = this._css(s.color);
      const points = s.type === 'points';
      return {
        type: s.type === 'bar' ? 'bar' : 'line',
        label: s.name,
        data: s.values,
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: s.type === 'bar' ? 0 : 2,
        showLine: !points,
        pointRadius: points ? 7 : (s.type === 'line' ? 3 : 0),
        pointStyle: points ? 'triangle' : 'circle',
        spanGaps: true,
        tension: 0.25,
        yAxisID: s.secondAxis ? 'y1' : 'y',
        order: s.type === 'bar' ? 1 + i : 0,
      };
    });
    const axis = c.valueAxis || {};
    const second = c.secondAxis;
    const options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { labels: { color: text, boxWidth: 12 } },
        tooltip: { mode: 'index', intersect: false },
      },
      scales: {
        x: { ticks: { color: text }, grid: { display: false } },
        y: {
          beginAtZero: true,
          min: axis.min ?? undefined,
          max: axis.max ?? undefined,
          ticks: { color: text, precision: 0 },
          grid: { color: grid },
          title: { display: !!axis.title, text: axis.title || '', color: text },
        },
        ...(second ? { y1: {
          position: 'right',
          beginAtZero: true,
          min: second.min ?? undefined,
          max: second.max ?? undefined,
          ticks: { color: text, precision: 0 },
          grid: { drawOnChartArea: false },
          title: { display: !!second.title, text: second.title || '', color: text },
        } } : {}),
      },
    };
    if (this._chart) {
      this._chart.data = { labels: c.categories, datasets };
      this._chart.options = options;
      this._chart.update();
    } else {
      this._chart = new Chart(this._canvas, { type: 'bar', data: { labels: c.categories, datasets }, options });
    }
  }
}

customElements.define('plumbline-chart', PlumblineChart);
