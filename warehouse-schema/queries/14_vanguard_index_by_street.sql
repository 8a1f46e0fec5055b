-- 锋领指数: "一月一汇总、一年一考评" — each member's points over the current year, summed from the monthly rows, averaged
-- per street with the best member of each (DOMAIN 6: 4 areas, 16 behaviours).
with yearly as (
  select m.member_id, m.region_code, sum(m.total_points) as year_points,
         sum(m.moral_points) as moral, sum(m.party_life_points) as party_life, sum(m.duty_points) as duty, sum(m.society_points) as society
  from quanyu.dws.dws_member_point_monthly as m
  where year(m.stat_date) = (select max(year(p.stat_date)) from quanyu.dws.dws_member_point_monthly as p)
  group by m.member_id, m.region_code
),
by_street as (
  select coalesce(r.street_name, r.region_name) as street_name, r.district_name, y.*,
         row_number() over (partition by coalesce(r.street_code, r.region_code) order by y.year_points desc, y.member_id) as rank_in_street
  from yearly as y
  join quanyu.dim.dim_region as r on r.region_code = y.region_code
)
select s.district_name, s.street_name, count(*) as members_scored,
       round(avg(s.year_points), 1) as average_points,
       round(avg(s.moral), 1) as moral, round(avg(s.party_life), 1) as party_life, round(avg(s.duty), 1) as duty, round(avg(s.society), 1) as society,
       max(case when s.rank_in_street = 1 then s.member_id end) as best_member,
       max(s.year_points) as best_points
from by_street as s
group by s.district_name, s.street_name
order by average_points desc
limit 20
