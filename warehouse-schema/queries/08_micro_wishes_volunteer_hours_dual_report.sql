-- 微心愿、志愿服务、双报到 per year for the city (DOMAIN 5: Tonghua 1,658 微心愿 and 460,000 volunteer hours a year;
-- Cuiping 2,723 in-service members reporting to their communities).
select substr(m.stat_month, 1, 4) as stat_year,
       sum(case when m.metric_name = 'micro_wishes_claimed' then m.metric_value end) as micro_wishes_claimed,
       round(sum(case when m.metric_name = 'volunteer_hours' then m.metric_value end), 1) as volunteer_hours,
       sum(case when m.metric_name = 'dual_report_member_times' then m.metric_value end) as dual_report_member_times,
       sum(case when m.metric_name = 'disputes_mediated' then m.metric_value end) as disputes_mediated
from quanyu.ads.ads_region_metric_monthly as m
where m.region_level = 'city'
group by substr(m.stat_month, 1, 4)
order by stat_year
