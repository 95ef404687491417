// Draws the dashboard's charts with Chart.js from the figures the page carries in data-charts (JSON).
(function () {
  'use strict';

  var LANE_COLOURS = { GREEN: '#146c43', YELLOW: '#ffc107', RED: '#b02a37', NONE: '#6c757d' };
  var PALETTE = ['#0a58ca', '#6f42c1', '#d63384', '#fd7e14', '#20c997', '#0dcaf0', '#6610f2', '#198754',
    '#dc3545', '#adb5bd'];

  function colours(key, chart) {
    if (key === 'lane') {
      return chart.keys ? chart.keys.map(function (k) { return LANE_COLOURS[k] || '#6c757d'; }) : PALETTE;
    }
    return chart.values.map(function (value, index) { return PALETTE[index % PALETTE.length]; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('charts');
    if (!holder || typeof window.Chart === 'undefined') {
      return;
    }
    var charts = JSON.parse(holder.dataset.charts);
    holder.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var key = canvas.dataset.chart;
      var chart = charts[key];
      if (!chart || chart.values.length === 0) {
        canvas.closest('.chart-box').hidden = true;
        return;
      }
      var type = canvas.dataset.type || 'bar';
      canvas.chart = new window.Chart(canvas, {
        type: type,
        data: {
          labels: chart.labels,
          datasets: [{ label: chart.title, data: chart.values, backgroundColor: colours(key, chart) }]
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: type === 'doughnut' } },
          scales: type === 'doughnut' ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
      canvas.dataset.drawn = 'true';
    });
  });
}());
