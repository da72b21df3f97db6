// Draws the dashboard charts from the JSON island the page renders (Apache ECharts, served locally).
(function () {
  function draw() {
    var island = document.getElementById('indicator-data');
    if (!island || typeof echarts === 'undefined') return;
    var data = JSON.parse(island.textContent);
    var trend = document.getElementById('chart-trend');
    if (trend && data.trend) {
      var lines = echarts.getInstanceByDom(trend) || echarts.init(trend);
      var pick = function (k) { return data.trend.map(function (m) { return m[k]; }); };
      lines.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: ['受理量', '好差评满意率', '好差评覆盖率', '平均跑动次数'] },
        grid: { left: 50, right: 110, bottom: 40 },
        xAxis: { type: 'category', data: pick('month') },
        yAxis: [
          { type: 'value', name: '件', minInterval: 1 },
          { type: 'value', name: '%', max: 100, axisLabel: { formatter: '{value}%' } },
          { type: 'value', name: '次', position: 'right', offset: 55, minInterval: 0.5 }
        ],
        series: [
          { name: '受理量', type: 'bar', data: pick('accepted'), itemStyle: { color: '#f0c8ca' } },
          { name: '好差评满意率', type: 'line', yAxisIndex: 1, data: pick('satisfaction'), connectNulls: true, itemStyle: { color: '#c8161d' } },
          { name: '好差评覆盖率', type: 'line', yAxisIndex: 1, data: pick('coverage'), connectNulls: true, itemStyle: { color: '#1f6fb2' } },
          { name: '平均跑动次数', type: 'line', yAxisIndex: 2, data: pick('trips'), connectNulls: true, itemStyle: { color: '#2e7d32' } }
        ]
      });
    }
    var rates = document.getElementById('chart-rates');
    if (rates) {
      var chart = echarts.getInstanceByDom(rates) || echarts.init(rates);
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
        legend: { data: ['实际', '目标'] },
        grid: { left: 40, right: 20, bottom: 110 },
        xAxis: { type: 'category', data: data.rates.map(function (r) { return r.name; }), axisLabel: { interval: 0, rotate: 35 } },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: '实际', type: 'bar', data: data.rates.map(function (r) { return r.value; }), itemStyle: { color: '#c8161d' } },
          { name: '目标', type: 'bar', data: data.rates.map(function (r) { return r.target; }), itemStyle: { color: '#d9d9d9' } }
        ]
      });
    }
    var ranking = document.getElementById('chart-ranking');
    if (ranking && data.ranking.length === 0) {
      ranking.style.height = 'auto';
      ranking.textContent = '该期间暂无评价。';
      ranking.className += ' meta';
    } else if (ranking) {
      var bars = echarts.getInstanceByDom(ranking) || echarts.init(ranking);
      bars.setOption({
        animation: false,
        tooltip: { formatter: function (p) { return p.name + '：' + p.value + '%（' + data.ranking[p.dataIndex].count + ' 条评价）'; } },
        grid: { left: 140, right: 40 },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', data: data.ranking.map(function (r) { return r.name; }) },
        series: [{ type: 'bar', data: data.ranking.map(function (r) { return r.value; }), itemStyle: { color: '#c8161d' }, label: { show: true, position: 'right', formatter: '{c}%' } }]
      });
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
  if (window.Blazor && Blazor.addEventListener) Blazor.addEventListener('enhancedload', draw);
})();
