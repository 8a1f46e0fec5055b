-- 红黄绿: the latest month's three-colour assessment by metric and region level, and the reasons of the reds
-- (DOMAIN 6: 红黄绿 three-colour assessment and early warning).
with latest as (
    select max(w.stat_month) as stat_month from quanyu.ads.ads_metric_warning as w
)
select w.metric_label, w.region_level, w.warning_color, count(*) as regions, min(w.reason) as example_reason
from quanyu.ads.ads_metric_warning as w
join latest as l on w.stat_month = l.stat_month
group by w.metric_label, w.region_level, w.warning_color
order by w.metric_label, w.region_level, w.warning_color
