-- 一网格一支部: grids in use against active grid party branches per district (DOMAIN 2: grid branches).
with grids as (
    select r.district_name, count(*) as grids
    from quanyu.dim.dim_grid as g
    join quanyu.dim.dim_region as r on r.region_code = g.region_code
    where g.is_current and g.status = '正常'
    group by r.district_name
),
branches as (
    select r.district_name, count(*) as grid_branches
    from quanyu.dim.dim_organization as o
    join quanyu.dim.dim_region as r on r.region_code = o.region_code
    where o.is_current and o.status = 'active' and o.organization_form = '网格党支部'
    group by r.district_name
)
select g.district_name, g.grids, coalesce(b.grid_branches, 0) as grid_branches,
       round(100.0 * coalesce(b.grid_branches, 0) / g.grids, 1) as coverage_percent
from grids as g
left join branches as b on b.district_name = g.district_name
order by coverage_percent
