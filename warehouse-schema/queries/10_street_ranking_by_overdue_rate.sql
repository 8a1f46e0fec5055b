-- 排名: streets ranked by overdue rate in the latest month, worst first (DOMAIN 6: quantified assessment, rankings).
with latest as (
    select max(m.stat_month) as stat_month from quanyu.ads.ads_region_metric_monthly as m
)
select r.district_name, r.region_name as street_name, round(100 * m.metric_value, 1) as overdue_percent,
       rank() over (order by m.metric_value desc) as rank_worst_first
from quanyu.ads.ads_region_metric_monthly as m
join latest as l on m.stat_month = l.stat_month
join quanyu.dim.dim_region as r on r.region_code = m.region_code
where m.metric_name = 'overdue_rate' and m.region_level = 'street' and m.metric_value is not null
order by rank_worst_first
limit 20
