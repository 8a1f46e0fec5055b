// The big screen: loads the city's map and the day's figures from the API, then draws them.
(function () {
    'use strict';

    const numberFormat = new Intl.NumberFormat('zh-CN');

    async function getJson(url) {
        const response = await fetch(url);
        if (!response.ok) {
            throw new Error(`${url} 返回 ${response.status}`);
        }
        return response.json();
    }

    function showKpi(overview) {
        const kpi = document.getElementById('kpi-total');
        kpi.dataset.value = String(overview.totalOrganizations);
        kpi.querySelector('.number').textContent = numberFormat.format(overview.totalOrganizations);
        document.getElementById('city-name').textContent = overview.cityName;
        document.getElementById('stat-date').textContent = `统计日期：${overview.statDate}`;
        document.getElementById('levels').innerHTML = overview.levels
            .map(level => `<li data-level="${level.level}"><span>${level.level}</span><b>${numberFormat.format(level.organizations)}</b></li>`)
            .join('');
    }

    // A chart counts as drawn once ECharts reports its rendering and animation finished.
    function drawn(chart) {
        return new Promise(resolve => chart.on('finished', resolve));
    }

    function showMap(geoJson, overview) {
        echarts.registerMap('city', geoJson);
        const values = overview.districts.map(district => district.organizations);
        const chart = echarts.init(document.getElementById('map'), null, { renderer: 'svg' });
        const finished = drawn(chart);
        chart.setOption({
            tooltip: { trigger: 'item', formatter: item => `${item.name}<br/>党组织：${numberFormat.format(item.value || 0)} 个` },
            visualMap: {
                min: Math.min(...values, 0), max: Math.max(...values, 1), left: 10, bottom: 10, calculable: true,
                text: ['多', '少'], textStyle: { color: '#d8e8ff' }, inRange: { color: ['#fde7c8', '#f4a259', '#d7261e'] }
            },
            series: [{
                type: 'map', map: 'city', roam: false, name: '党组织数', layoutCenter: ['50%', '50%'], layoutSize: '95%',
                label: { show: true, color: '#1b1b1b', fontSize: 12 },
                itemStyle: { borderColor: '#0b3d91', borderWidth: 1 },
                data: overview.districts.map(district => ({ name: district.name, value: district.organizations, code: district.code }))
            }]
        });
        return { chart, finished };
    }

    function showRanking(overview) {
        const districts = [...overview.districts].reverse();
        const chart = echarts.init(document.getElementById('ranking'), null, { renderer: 'svg' });
        const finished = drawn(chart);
        chart.setOption({
            grid: { left: 70, right: 50, top: 10, bottom: 20 },
            xAxis: { type: 'value', axisLabel: { color: '#d8e8ff' }, splitLine: { lineStyle: { color: 'rgba(255,255,255,0.1)' } } },
            yAxis: { type: 'category', data: districts.map(district => district.name), axisLabel: { color: '#d8e8ff' } },
            series: [{
                type: 'bar', data: districts.map(district => district.organizations), itemStyle: { color: '#d7261e' },
                label: { show: true, position: 'right', color: '#ffd75e' }
            }]
        });
        return { chart, finished };
    }

    async function load() {
        try {
            const screen = await getJson('/api/screen');
            const date = new URLSearchParams(window.location.search).get('date');
            const [geoJson, overview] = await Promise.all([
                getJson(screen.mapUrl),
                getJson('/api/organizations/overview' + (date ? `?date=${encodeURIComponent(date)}` : ''))
            ]);
            showKpi(overview);
            const charts = [showMap(geoJson, overview), showRanking(overview)];
            window.addEventListener('resize', () => charts.forEach(drawing => drawing.chart.resize()));
            await Promise.all(charts.map(drawing => drawing.finished));
            document.getElementById('status').textContent = `数据来源：Trino · quanyu.dws.dws_party_organization_daily　共 ${overview.districts.length} 个区（县、市）`;
            document.body.dataset.state = 'ready';
        } catch (error) {
            document.getElementById('status').textContent = `数据加载失败：${error.message}`;
            document.body.dataset.state = 'error';
        }
    }

    load();
})();
