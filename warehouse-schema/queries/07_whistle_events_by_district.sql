-- 吹哨报到: whistle events per district over the last twelve months of data (DOMAIN 5: 联盟吹哨、部门报到).
with latest as (
    select max(m.stat_month) as stat_month from quanyu.ads.ads_region_metric_monthly as m
)
select r.district_name, sum(m.metric_value) as whistle_events
from quanyu.ads.ads_region_metric_monthly as m
join latest as l on m.stat_month > format_datetime(date_add('month', -12, date(l.stat_month || '-01')), 'yyyy-MM')
join quanyu.dim.dim_region as r on r.region_code = m.region_code
where m.metric_name = 'whistle_events' and m.region_level = 'district'
group by r.district_name
order by whistle_events desc
