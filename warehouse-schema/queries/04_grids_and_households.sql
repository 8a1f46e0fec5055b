-- 网格: grids in use and households per grid by district (DOMAIN 1: 8,000+ grids; about 500 households a grid).
select r.district_name, count(*) as grids, sum(g.households) as households,
       round(avg(g.households), 0) as households_per_grid, sum(g.micro_grids) as micro_grids
from quanyu.dim.dim_grid as g
join quanyu.dim.dim_region as r on r.region_code = g.region_code
where g.is_current and g.status = '正常'
group by r.district_name
order by grids desc
