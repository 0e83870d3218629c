// Draws every chart of the dashboard from its data-chart attribute (no inline script), and
// opens the tables behind the charts when the page is printed.
(function () {
  'use strict';
  var palette = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#d63384', '#20c997', '#6c757d', '#ffc107'];

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = spec.datasets.map(function (dataset, index) {
      var colour = palette[index % palette.length];
      return {
        label: dataset.label,
        data: dataset.data,
        backgroundColor: colour,
        borderColor: colour,
        tension: 0.2
      };
    });
    var axis = { beginAtZero: true, stacked: spec.stacked, ticks: { precision: 0 } };
    return new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
        scales: { x: Object.assign({}, axis), y: Object.assign({}, axis) }
      }
    });
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    try {
      draw(canvas);
      canvas.setAttribute('data-drawn', 'true');
    } catch (error) {
      canvas.setAttribute('data-drawn', 'false');
      console.error('chart not drawn', error);
    }
  });

  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.chart-table').forEach(function (details) {
      details.open = true;
    });
  });
})();
