-- 两新: the 两新 organizations (非公企业, 社会组织) in force today per district (DOMAIN 2: 领域 "两新"), from the city
-- system and the districts' 两新 registers made one: how many only a district register holds yet, and how many the
-- registers' latest month wrote without the city's code, known to be the same organization by their name alone.
with current_two_new as (
    select o.organization_id, o.region_code
    from quanyu.dim.dim_organization as o
    where o.is_current and o.status = 'active' and o.organization_domain in ('非公企业', '社会组织')
),
this_month as (
    select p.organization_id, p.match_rule
    from quanyu.dwd.dwd_party_organization as p
    where p.source_system = 'two-new-register'
      and p.updated_at >= (select date_trunc('month', max(q.updated_at)) from quanyu.dwd.dwd_party_organization as q
                           where q.source_system = 'two-new-register')
)
select r.district_name,
       count(distinct c.organization_id) as two_new_organizations,
       count(distinct case when c.organization_id like 'LX%' then c.organization_id end) as only_in_district_register,
       count(distinct case when m.match_rule = 'name_in_division' then c.organization_id end) as known_by_name_only
from current_two_new as c
join quanyu.dim.dim_region as r on r.region_code = c.region_code
left join this_month as m on m.organization_id = c.organization_id
where r.district_name is not null
group by r.district_name
order by r.district_name
