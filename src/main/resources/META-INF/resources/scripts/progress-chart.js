// Draws (or redraws) a progress chart with Chart.js: limberDrawChart(element, spec), where element holds a canvas and
// spec is the compact JSON object of ProgressChart.java: {type, labels?, unit?, zero?, series: [{label, color, trend?,
// x?, y}]} (x are epoch days; a chart by labels has labels and no x).
// Loaded once per page, so that each chart's response carries only its data.
window.limberDrawChart = function (element, spec) {
    if (typeof spec === 'string') { spec = JSON.parse(spec); }
    const canvas = element.querySelector('canvas');
    if (!canvas || !window.Chart) { return; }
    const days = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', timeZone: 'UTC'});
    const day = value => days.format(new Date(value * 86400000));
    const dated = !spec.labels;
    const xs = dated ? spec.series.flatMap(s => s.x) : [];
    const xMin = Math.min(...xs), xMax = Math.max(...xs);
    const datasets = spec.series.map(s => ({
        label: s.label,
        data: dated ? s.x.map((x, i) => ({x: x, y: s.y[i]})) : s.y,
        borderColor: s.color, backgroundColor: s.color,
        borderDash: s.trend ? [6, 4] : [], pointRadius: s.trend ? 0 : 4, borderWidth: 2,
        tension: 0, fill: false
    }));
    const unit = spec.unit || '';
    const config = {
        type: spec.type,
        data: dated ? {datasets: datasets} : {labels: spec.labels, datasets: datasets},
        options: {
            responsive: true, maintainAspectRatio: false, animation: false,
            scales: {
                x: dated ? {type: 'linear', min: xMin === xMax ? xMin - 1 : xMin,
                        max: xMin === xMax ? xMax + 1 : xMax,
                        ticks: {callback: day, maxTicksLimit: 6, stepSize: 1}} : {},
                y: {beginAtZero: !!spec.zero, title: {display: unit !== '', text: unit}}
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
