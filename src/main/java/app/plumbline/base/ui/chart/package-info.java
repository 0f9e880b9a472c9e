/** The Java side of the {@code <plumbline-chart>} web component (Chart.js), for the adherence and sign-in charts. */
@org.springframework.modulith.NamedInterface("chart")
package app.plumbline.base.ui.chart;
