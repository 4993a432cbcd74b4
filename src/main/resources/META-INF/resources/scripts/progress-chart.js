// Draws (or redraws) a progress chart with Chart.js: limberDrawChart(element, specJson), where element holds a canvas.
// Loaded once per page, so that each chart's response carries only its data (see ProgressChart.java).
window.limberDrawChart = function (element, json) {
    const spec = JSON.parse(json);
    const canvas = element.querySelector('canvas');
    if (!canvas || !window.Chart) { return; }
    const days = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', timeZone: 'UTC'});
    const day = value => days.format(new Date(value * 86400000));
    const dated = spec.axis === 'DAY';
    const xs = spec.series.flatMap(s => s.points.map(p => p.x));
    const xMin = Math.min(...xs), xMax = Math.max(...xs);
    const datasets = spec.series.map(s => ({
        label: s.label,
        data: dated ? s.points.map(p => ({x: p.x, y: p.y})) : s.points.map(p => p.y),
        borderColor: s.color, backgroundColor: s.color,
        borderDash: s.trend ? [6, 4] : [], pointRadius: s.trend ? 0 : 4, borderWidth: 2,
        tension: 0, fill: false
    }));
    const config = {
        type: spec.type,
        data: dated ? {datasets: datasets} : {labels: spec.labels, datasets: datasets},
        options: {
            responsive: true, maintainAspectRatio: false, animation: false,
            scales: {
                x: dated ? {type: 'linear', min: xMin === xMax ? xMin - 1 : xMin,
                        max: xMin === xMax ? xMax + 1 : xMax,
                        ticks: {callback: day, maxTicksLimit: 6, stepSize: 1}} : {},
                y: {beginAtZero: spec.beginAtZero, title: {display: spec.unit !== '', text: spec.unit}}
            },
            plugins: {
                legend: {display: spec.series.length > 1},
                tooltip: {callbacks: {title: items => items.length === 0 ? ''
                        : dated ? day(items[0].parsed.x) : items[0].label}}
            }
        }
    };
    if (element.$chart) { element.$chart.destroy(); }
    element.$chart = new Chart(canvas, config);
};
