#!/usr/bin/env node
// Generates lib/knowledge/sources/places-countries.json: every ISO 3166-1 country and territory (plus Kosovo and a
// few former states that news still names), with Vietnamese and English names, aliases and one-line descriptions.
//
//   node lib/knowledge/generate/countries.mjs           write the JSON file
//   node lib/knowledge/generate/countries.mjs --check   exit 1 if the committed JSON differs from what this generates
//   node lib/knowledge/generate/countries.mjs --audit   also list where the display names differ from this Node's
//                                                        Intl.DisplayNames (informational only)
//
// The table below is the source: the Vietnamese names were seeded from CLDR 48 (Intl.DisplayNames(['vi']) in
// Node 20.20) and then corrected by hand where CLDR falls back to English or differs from Vietnamese news usage.
// Output does not depend on the ICU data of the running Node, so it is reproducible byte for byte.
//
// Row fields: code, vi names, en names, options
//   va / ea      Vietnamese / English aliases (official long forms, abbreviations, transliterations, old names)
//   r            region key (see REGIONS) used by the description template
//   cap          [vi, en] capital, as named in places-cities.json
//   kind         'island' | 'city-state' (changes the template's first words)
//   dv / de      hand-written descriptions (replace the template)
//   tags         extra tags; every entry gets "country", "territory" or "former-state"
//   id           explicit id (only for states without an ISO code)

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../sources/places-countries.json', import.meta.url));

const REGIONS = {
  sea: ['Đông Nam Á', 'Southeast Asia'],
  ea: ['Đông Á', 'East Asia'],
  sa: ['Nam Á', 'South Asia'],
  ca: ['Trung Á', 'Central Asia'],
  me: ['Trung Đông', 'the Middle East'],
  cau: ['vùng Kavkaz', 'the Caucasus'],
  neu: ['Bắc Âu', 'Northern Europe'],
  weu: ['Tây Âu', 'Western Europe'],
  ceu: ['Trung Âu', 'Central Europe'],
  eeu: ['Đông Âu', 'Eastern Europe'],
  seu: ['Nam Âu', 'Southern Europe'],
  bal: ['bán đảo Balkan', 'the Balkans'],
  baltic: ['khu vực Baltic', 'the Baltic region'],
  med: ['Địa Trung Hải', 'the Mediterranean'],
  naf: ['Bắc Phi', 'North Africa'],
  waf: ['Tây Phi', 'West Africa'],
  maf: ['Trung Phi', 'Central Africa'],
  eaf: ['Đông Phi', 'East Africa'],
  saf: ['miền nam châu Phi', 'Southern Africa'],
  hoa: ['vùng Sừng châu Phi', 'the Horn of Africa'],
  ind: ['Ấn Độ Dương', 'the Indian Ocean'],
  nam: ['Bắc Mỹ', 'North America'],
  cam: ['Trung Mỹ', 'Central America'],
  car: ['vùng Caribe', 'the Caribbean'],
  sam: ['Nam Mỹ', 'South America'],
  oce: ['châu Đại Dương', 'Oceania'],
  pac: ['Thái Bình Dương', 'the Pacific Ocean'],
  atl: ['Đại Tây Dương', 'the Atlantic Ocean'],
};

const list = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** A sovereign country. */
function c(code, vi, en, o = {}) {
  return { kind: 'country', code, vi: list(vi), en: list(en), ...o };
}
/** A dependent territory, special region or disputed territory (descriptions always hand-written). */
function t(code, vi, en, o = {}) {
  return { kind: 'territory', code, vi: list(vi), en: list(en), ...o };
}
/** A former state. */
function f(code, vi, en, o = {}) {
  return { kind: 'former-state', code, vi: list(vi), en: list(en), ...o };
}

// prettier-ignore
const ROWS = [
  // ── Asia ─────────────────────────────────────────────────────────────────────────────────────────────────────
  c('af', 'Afghanistan', 'Afghanistan', { va: ['Áp-ga-ni-xtan'], r: 'sa', cap: ['Kabul', 'Kabul'] }),
  c('am', 'Armenia', 'Armenia', { va: ['Ác-mê-ni-a'], r: 'cau', cap: ['Yerevan', 'Yerevan'] }),
  c('az', 'Azerbaijan', 'Azerbaijan', { va: ['A-déc-bai-gian'], r: 'cau', cap: ['Baku', 'Baku'] }),
  c('bh', 'Bahrain', 'Bahrain', { va: ['Ba-ranh'], r: 'me', shape: 'island', cap: ['Manama', 'Manama'] }),
  c('bd', 'Bangladesh', 'Bangladesh', { va: ['Băng-la-đét'], r: 'sa', cap: ['Dhaka', 'Dhaka'] }),
  c('bt', 'Bhutan', 'Bhutan', { va: ['Bu-tan'], r: 'sa', cap: ['Thimphu', 'Thimphu'] }),
  c('bn', 'Brunei', 'Brunei', { va: ['Bru-nây', 'Brunei Darussalam'], ea: ['Brunei Darussalam'], r: 'sea', cap: ['Bandar Seri Begawan', 'Bandar Seri Begawan'] }),
  c('kh', 'Campuchia', 'Cambodia', { va: ['Cam-pu-chia', 'Vương quốc Campuchia'], ea: ['Kingdom of Cambodia'], r: 'sea', cap: ['Phnom Penh', 'Phnom Penh'] }),
  c('cn', ['Trung Quốc', 'Trung Hoa'], 'China', {
    va: ['Cộng hòa Nhân dân Trung Hoa', 'CHND Trung Hoa'], ea: ["People's Republic of China", 'PRC'],
    dv: 'Quốc gia đông dân bậc nhất thế giới ở Đông Á, thủ đô Bắc Kinh.', de: 'One of the most populous countries in the world, in East Asia; capital Beijing.' }),
  c('cy', 'Síp', 'Cyprus', { va: ['Cộng hòa Síp'], ea: ['Republic of Cyprus'], r: 'med', shape: 'island', cap: ['Nicosia', 'Nicosia'], tags: ['ambiguous-short'] }),
  c('ge', ['Gruzia', 'Georgia'], 'Georgia', { va: ['Gru-di-a'], r: 'cau', cap: ['Tbilisi', 'Tbilisi'] }),
  c('in', 'Ấn Độ', 'India', { va: ['Cộng hòa Ấn Độ'], ea: ['Republic of India', 'Bharat'], r: 'sa', cap: ['New Delhi', 'New Delhi'] }),
  c('id', 'Indonesia', 'Indonesia', { va: ['In-đô-nê-xi-a'], ea: ['Republic of Indonesia'], r: 'sea', shape: 'island', cap: ['Jakarta', 'Jakarta'],
    dv: 'Quốc gia quần đảo lớn nhất thế giới, ở Đông Nam Á; thủ đô Jakarta.', de: "World's largest archipelagic country, in Southeast Asia; capital Jakarta." }),
  c('ir', 'Iran', 'Iran', { va: ['I-ran', 'Cộng hòa Hồi giáo Iran'], ea: ['Islamic Republic of Iran'], r: 'me', cap: ['Tehran', 'Tehran'] }),
  c('iq', 'Iraq', 'Iraq', { va: ['I-rắc'], r: 'me', cap: ['Baghdad', 'Baghdad'] }),
  c('il', 'Israel', 'Israel', { va: ['I-xra-en'], ea: ['State of Israel'],
    dv: 'Quốc gia ở Trung Đông, bên bờ đông Địa Trung Hải.', de: 'Country in the Middle East on the eastern shore of the Mediterranean.' }),
  c('jp', ['Nhật Bản', 'Nhật'], 'Japan', { va: ['Nhật Bổn'], r: 'ea', shape: 'island', cap: ['Tokyo', 'Tokyo'], tags: ['ambiguous-short'] }),
  c('jo', 'Jordan', 'Jordan', { va: ['Gioóc-đa-ni'], ea: ['Hashemite Kingdom of Jordan'], r: 'me', cap: ['Amman', 'Amman'] }),
  c('kz', 'Kazakhstan', 'Kazakhstan', { va: ['Ca-dắc-xtan', 'Cộng hòa Kazakhstan'], ea: ['Republic of Kazakhstan'], r: 'ca', cap: ['Astana', 'Astana'] }),
  c('kw', 'Kuwait', 'Kuwait', { va: ['Cô-oét'], r: 'me', cap: ['thành phố Kuwait', 'Kuwait City'] }),
  c('kg', 'Kyrgyzstan', 'Kyrgyzstan', { va: ['Cư-rơ-gư-xtan', 'Kirghizia', 'Cộng hòa Kyrgyzstan'], ea: ['Kyrgyz Republic', 'Kirghizia'], r: 'ca', cap: ['Bishkek', 'Bishkek'] }),
  c('la', 'Lào', 'Laos', { va: ['Cộng hòa Dân chủ Nhân dân Lào', 'CHDCND Lào'], ea: ["Lao People's Democratic Republic", 'Lao PDR'], r: 'sea', cap: ['Viêng Chăn', 'Vientiane'], tags: ['ambiguous-short'] }),
  c('lb', ['Liban', 'Lebanon', 'Li-băng'], 'Lebanon', { r: 'me', cap: ['Beirut', 'Beirut'] }),
  c('my', 'Malaysia', 'Malaysia', { va: ['Ma-lai-xi-a'], r: 'sea', cap: ['Kuala Lumpur', 'Kuala Lumpur'] }),
  c('mv', 'Maldives', 'Maldives', { va: ['Man-đi-vơ'], r: 'ind', shape: 'island', cap: ['Malé', 'Malé'] }),
  c('mn', 'Mông Cổ', 'Mongolia', { r: 'ea', cap: ['Ulaanbaatar', 'Ulaanbaatar'] }),
  c('mm', ['Myanmar', 'Miến Điện'], ['Myanmar', 'Burma'], { va: ['Mi-an-ma'], r: 'sea', cap: ['Naypyidaw', 'Naypyidaw'] }),
  c('np', 'Nepal', 'Nepal', { va: ['Nê-pan'], r: 'sa', cap: ['Kathmandu', 'Kathmandu'] }),
  c('kp', ['Triều Tiên', 'Bắc Triều Tiên'], ['North Korea', 'DPRK'], {
    va: ['CHDCND Triều Tiên', 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'Bắc Hàn'], ea: ["Democratic People's Republic of Korea", 'D.P.R.K.'],
    r: 'ea', cap: ['Bình Nhưỡng', 'Pyongyang'] }),
  c('om', 'Oman', 'Oman', { va: ['Ô-man'], ea: ['Sultanate of Oman'], r: 'me', cap: ['Muscat', 'Muscat'] }),
  c('pk', 'Pakistan', 'Pakistan', { va: ['Pa-ki-xtan'], ea: ['Islamic Republic of Pakistan'], r: 'sa', cap: ['Islamabad', 'Islamabad'] }),
  c('ps', 'Palestine', 'Palestine', { va: ['nhà nước Palestine', 'lãnh thổ Palestine', 'Pa-le-xtin'], ea: ['State of Palestine', 'Palestinian Territories'],
    dv: 'Nhà nước ở Trung Đông, lãnh thổ gồm Bờ Tây và Dải Gaza.', de: 'State in the Middle East whose territory comprises the West Bank and the Gaza Strip.' }),
  c('ph', 'Philippines', 'Philippines', { va: ['Philippin', 'Phi-líp-pin'], ea: ['Republic of the Philippines'], r: 'sea', shape: 'island', cap: ['Manila', 'Manila'] }),
  c('qa', 'Qatar', 'Qatar', { va: ['Ca-ta'], ea: ['State of Qatar'], r: 'me', cap: ['Doha', 'Doha'] }),
  c('sa', ['Ả Rập Xê Út', 'Ả Rập Xê-út', 'Saudi Arabia'], 'Saudi Arabia', { va: ['Arab Saudi', 'Vương quốc Ả Rập Xê Út', 'A-rập Xê-út'], ea: ['Kingdom of Saudi Arabia', 'KSA', 'Saudi'], r: 'me', cap: ['Riyadh', 'Riyadh'] }),
  c('sg', 'Singapore', 'Singapore', { va: ['Xin-ga-po', 'Cộng hòa Singapore'], ea: ['Republic of Singapore'],
    dv: 'Quốc đảo và thành bang ở Đông Nam Á, bên eo biển Malacca.', de: 'Island city-state in Southeast Asia on the Strait of Malacca.' }),
  c('kr', ['Hàn Quốc', 'Nam Triều Tiên'], ['South Korea', 'Republic of Korea'], { va: ['Đại Hàn Dân Quốc', 'Đại Hàn', 'Nam Hàn'], ea: ['ROK', 'Korea'], r: 'ea', cap: ['Seoul', 'Seoul'] }),
  c('lk', 'Sri Lanka', 'Sri Lanka', { va: ['Xri Lan-ca'], r: 'sa', shape: 'island',
    dv: 'Quốc đảo ở Nam Á; thủ đô Sri Jayawardenepura Kotte, thành phố lớn nhất Colombo.', de: 'Island country in South Asia; capital Sri Jayawardenepura Kotte, largest city Colombo.' }),
  c('sy', 'Syria', 'Syria', { va: ['Xy-ri'], ea: ['Syrian Arab Republic'], r: 'me', cap: ['Damascus', 'Damascus'] }),
  t('tw', 'Đài Loan', 'Taiwan', { va: ['Trung Hoa Dân Quốc', 'Đài Bắc Trung Hoa'], ea: ['Republic of China', 'Chinese Taipei'],
    dv: 'Đảo lớn ở Đông Á, ngoài khơi đông nam Trung Quốc, có chính quyền riêng đặt tại Đài Bắc.', de: 'Island in East Asia off southeastern China, governed separately from Taipei.' }),
  c('tj', 'Tajikistan', 'Tajikistan', { va: ['Tát-gi-ki-xtan'], r: 'ca', cap: ['Dushanbe', 'Dushanbe'] }),
  c('th', 'Thái Lan', 'Thailand', { va: ['Vương quốc Thái Lan'], ea: ['Kingdom of Thailand', 'Siam'], r: 'sea', cap: ['Bangkok', 'Bangkok'] }),
  c('tl', ['Timor-Leste', 'Đông Timor'], ['Timor-Leste', 'East Timor'], { va: ['Timor Leste', 'Ti-mo Lét-xtê'], ea: ['Timor Leste'], r: 'sea', cap: ['Dili', 'Dili'] }),
  c('tr', 'Thổ Nhĩ Kỳ', ['Türkiye', 'Turkey'], { ea: ['Turkiye', 'Republic of Türkiye'], tags: ['ambiguous-word'],
    dv: 'Quốc gia trải trên hai châu Á và Âu, thủ đô Ankara.', de: 'Country spanning Asia and Europe; capital Ankara.' }),
  c('tm', 'Turkmenistan', 'Turkmenistan', { va: ['Tuốc-mê-ni-xtan'], r: 'ca', cap: ['Ashgabat', 'Ashgabat'] }),
  c('ae', ['các Tiểu vương quốc Ả Rập Thống nhất', 'UAE'], ['United Arab Emirates', 'UAE'], { va: ['các Tiểu vương quốc Arab Thống nhất'], ea: ['U.A.E.'], r: 'me', cap: ['Abu Dhabi', 'Abu Dhabi'] }),
  c('uz', 'Uzbekistan', 'Uzbekistan', { va: ['U-dơ-bê-ki-xtan'], r: 'ca', cap: ['Tashkent', 'Tashkent'] }),
  c('vn', 'Việt Nam', ['Vietnam', 'Viet Nam'], { va: ['Cộng hòa Xã hội Chủ nghĩa Việt Nam', 'CHXHCN Việt Nam'], ea: ['Socialist Republic of Vietnam', 'Viet-Nam'],
    dv: 'Quốc gia ở Đông Nam Á, ven Biển Đông, thủ đô Hà Nội.', de: 'Country in Southeast Asia on the East Sea (South China Sea); capital Hanoi.' }),
  c('ye', 'Yemen', 'Yemen', { va: ['Y-ê-men'], r: 'me', cap: ['Sanaa', "Sana'a"] }),
  t('hk', ['Hồng Kông', 'Hong Kong'], 'Hong Kong', { va: ['đặc khu hành chính Hồng Kông', 'Hương Cảng'], ea: ['Hong Kong SAR', 'HKSAR'],
    dv: 'Đặc khu hành chính của Trung Quốc bên cửa sông Châu Giang, một trung tâm tài chính lớn.', de: 'Special administrative region of China at the Pearl River estuary; a major financial centre.' }),
  t('mo', ['Ma Cao', 'Macau', 'Macao'], ['Macau', 'Macao'], { va: ['đặc khu hành chính Ma Cao', 'Áo Môn'], ea: ['Macau SAR', 'Macao SAR'],
    dv: 'Đặc khu hành chính của Trung Quốc bên cửa sông Châu Giang, nổi tiếng với các sòng bạc.', de: 'Special administrative region of China at the Pearl River estuary, known for its casinos.' }),

  // ── Europe ───────────────────────────────────────────────────────────────────────────────────────────────────
  c('al', 'Albania', 'Albania', { va: ['An-ba-ni'], r: 'bal', cap: ['Tirana', 'Tirana'] }),
  c('ad', 'Andorra', 'Andorra', { r: 'seu', cap: ['Andorra la Vella', 'Andorra la Vella'],
    dv: 'Công quốc nhỏ nằm giữa Pháp và Tây Ban Nha, thủ đô Andorra la Vella.', de: 'Small principality between France and Spain; capital Andorra la Vella.' }),
  c('at', 'Áo', 'Austria', { va: ['Cộng hòa Áo'], ea: ['Republic of Austria'], r: 'ceu', cap: ['Vienna', 'Vienna'], tags: ['ambiguous-short'] }),
  c('by', 'Belarus', 'Belarus', { va: ['Bê-la-rút', 'Bạch Nga', 'Cộng hòa Belarus'], ea: ['Republic of Belarus', 'Byelorussia'], r: 'eeu', cap: ['Minsk', 'Minsk'] }),
  c('be', 'Bỉ', 'Belgium', { va: ['Vương quốc Bỉ'], ea: ['Kingdom of Belgium'], r: 'weu', cap: ['Brussels', 'Brussels'], tags: ['ambiguous-short'] }),
  c('ba', 'Bosnia và Herzegovina', 'Bosnia and Herzegovina', { va: ['Bosnia-Herzegovina', 'Bosnia'], ea: ['Bosnia-Herzegovina', 'Bosnia'], r: 'bal', cap: ['Sarajevo', 'Sarajevo'] }),
  c('bg', 'Bulgaria', 'Bulgaria', { va: ['Bun-ga-ri', 'Bungari'], r: 'bal', cap: ['Sofia', 'Sofia'] }),
  c('hr', 'Croatia', 'Croatia', { va: ['Crô-a-ti-a'], r: 'bal', cap: ['Zagreb', 'Zagreb'] }),
  c('cz', ['Cộng hòa Séc', 'Séc'], ['Czech Republic', 'Czechia'], { va: ['CH Séc'], r: 'ceu', cap: ['Praha', 'Prague'], tags: ['ambiguous-short'] }),
  c('dk', 'Đan Mạch', 'Denmark', { va: ['Vương quốc Đan Mạch'], ea: ['Kingdom of Denmark'], r: 'neu', cap: ['Copenhagen', 'Copenhagen'] }),
  c('ee', 'Estonia', 'Estonia', { va: ['E-xtô-ni-a'], r: 'baltic', cap: ['Tallinn', 'Tallinn'] }),
  c('fi', 'Phần Lan', 'Finland', { r: 'neu', cap: ['Helsinki', 'Helsinki'] }),
  c('fr', 'Pháp', 'France', { va: ['Cộng hòa Pháp'], ea: ['French Republic'], r: 'weu', cap: ['Paris', 'Paris'], tags: ['ambiguous-short'] }),
  c('de', 'Đức', 'Germany', { va: ['CHLB Đức', 'Cộng hòa Liên bang Đức'], ea: ['Federal Republic of Germany'], r: 'weu', cap: ['Berlin', 'Berlin'], tags: ['ambiguous-short'] }),
  c('gr', 'Hy Lạp', 'Greece', { ea: ['Hellenic Republic'], r: 'seu', cap: ['Athens', 'Athens'] }),
  c('hu', 'Hungary', 'Hungary', { va: ['Hung-ga-ri', 'Hungari'], r: 'ceu', cap: ['Budapest', 'Budapest'] }),
  c('is', 'Iceland', 'Iceland', { va: ['Ai-xơ-len'], r: 'atl', shape: 'island', cap: ['Reykjavík', 'Reykjavík'] }),
  c('ie', 'Ireland', 'Ireland', { va: ['Ai-len', 'Cộng hòa Ireland'], ea: ['Republic of Ireland'], r: 'weu', shape: 'island', cap: ['Dublin', 'Dublin'] }),
  c('it', ['Italy', 'Italia', 'Ý'], 'Italy', { va: ['I-ta-li-a'], ea: ['Italian Republic'], r: 'seu', cap: ['Rome', 'Rome'], tags: ['ambiguous-short'] }),
  t('xk', 'Kosovo', 'Kosovo', { va: ['Cô-xô-vô'],
    dv: 'Vùng lãnh thổ ở bán đảo Balkan tuyên bố độc lập khỏi Serbia năm 2008; thủ phủ Pristina.', de: 'Territory in the Balkans that declared independence from Serbia in 2008; main city Pristina.' }),
  c('lv', 'Latvia', 'Latvia', { va: ['Lát-vi-a'], r: 'baltic', cap: ['Riga', 'Riga'] }),
  c('li', 'Liechtenstein', 'Liechtenstein', { r: 'ceu', cap: ['Vaduz', 'Vaduz'],
    dv: 'Công quốc nhỏ nằm giữa Thụy Sĩ và Áo, thủ đô Vaduz.', de: 'Small principality between Switzerland and Austria; capital Vaduz.' }),
  c('lt', ['Litva', 'Lithuania'], 'Lithuania', { va: ['Lít-va'], r: 'baltic', cap: ['Vilnius', 'Vilnius'] }),
  c('lu', 'Luxembourg', 'Luxembourg', { va: ['Lúc-xăm-bua'], ea: ['Grand Duchy of Luxembourg'], r: 'weu', cap: ['thành phố Luxembourg', 'Luxembourg City'] }),
  c('mt', 'Malta', 'Malta', { va: ['Man-ta'], r: 'med', shape: 'island', cap: ['Valletta', 'Valletta'] }),
  c('md', 'Moldova', 'Moldova', { va: ['Môn-đô-va'], ea: ['Republic of Moldova'], r: 'eeu', cap: ['Chișinău', 'Chișinău'] }),
  c('mc', 'Monaco', 'Monaco', { ea: ['Principality of Monaco'],
    dv: 'Thành bang nhỏ bên bờ Địa Trung Hải, giáp miền nam nước Pháp.', de: 'Tiny city-state on the Mediterranean coast, bordering southern France.' }),
  c('me', 'Montenegro', 'Montenegro', { va: ['Mông-tê-nê-grô'], r: 'bal', cap: ['Podgorica', 'Podgorica'] }),
  c('nl', 'Hà Lan', ['Netherlands', 'Holland'], { va: ['Vương quốc Hà Lan'], ea: ['Kingdom of the Netherlands'],
    dv: 'Quốc gia ở Tây Âu, thủ đô Amsterdam, chính phủ đặt tại The Hague.', de: 'Country in Western Europe; capital Amsterdam, seat of government The Hague.' }),
  c('mk', 'Bắc Macedonia', 'North Macedonia', { va: ['Macedonia', 'Cộng hòa Bắc Macedonia'], ea: ['Macedonia', 'Republic of North Macedonia'], r: 'bal', cap: ['Skopje', 'Skopje'] }),
  c('no', 'Na Uy', 'Norway', { va: ['Vương quốc Na Uy'], ea: ['Kingdom of Norway'], r: 'neu', cap: ['Oslo', 'Oslo'] }),
  c('pl', 'Ba Lan', 'Poland', { va: ['Cộng hòa Ba Lan'], ea: ['Republic of Poland'], r: 'ceu', cap: ['Warsaw', 'Warsaw'] }),
  c('pt', 'Bồ Đào Nha', 'Portugal', { r: 'seu', cap: ['Lisbon', 'Lisbon'] }),
  c('ro', 'Romania', 'Romania', { va: ['Ru-ma-ni', 'Rumani'], r: 'eeu', cap: ['Bucharest', 'Bucharest'] }),
  c('ru', ['Nga', 'Liên bang Nga'], ['Russia', 'Russian Federation'], { va: ['LB Nga', 'nước Nga'], tags: ['ambiguous-short'],
    dv: 'Quốc gia rộng nhất thế giới, trải từ Đông Âu đến Bắc Á; thủ đô Moskva.', de: 'Largest country in the world, spanning Eastern Europe and northern Asia; capital Moscow.' }),
  c('sm', 'San Marino', 'San Marino', {
    dv: 'Quốc gia nhỏ nằm lọt trong lãnh thổ Italy, một trong những nền cộng hòa lâu đời nhất.', de: 'Microstate enclaved in Italy and one of the oldest republics in the world.' }),
  c('rs', 'Serbia', 'Serbia', { va: ['Xéc-bi-a', 'Cộng hòa Serbia'], ea: ['Republic of Serbia'], r: 'bal', cap: ['Beograd', 'Belgrade'] }),
  c('sk', 'Slovakia', 'Slovakia', { va: ['Xlô-va-ki-a'], ea: ['Slovak Republic'], r: 'ceu', cap: ['Bratislava', 'Bratislava'] }),
  c('si', 'Slovenia', 'Slovenia', { va: ['Xlô-ven-ni-a'], r: 'ceu', cap: ['Ljubljana', 'Ljubljana'] }),
  c('es', 'Tây Ban Nha', 'Spain', { va: ['Vương quốc Tây Ban Nha'], ea: ['Kingdom of Spain'], r: 'seu', cap: ['Madrid', 'Madrid'] }),
  c('se', 'Thụy Điển', 'Sweden', { va: ['Vương quốc Thụy Điển'], ea: ['Kingdom of Sweden'], r: 'neu', cap: ['Stockholm', 'Stockholm'] }),
  c('ch', 'Thụy Sĩ', 'Switzerland', { va: ['Liên bang Thụy Sĩ'], ea: ['Swiss Confederation'], r: 'ceu', cap: ['Bern', 'Bern'],
    dv: 'Quốc gia trung lập ở Trung Âu, trung tâm hành chính liên bang là Bern.', de: 'Neutral country in Central Europe; federal seat Bern.' }),
  c('ua', ['Ukraine', 'Ukraina'], 'Ukraine', { va: ['U-crai-na'], r: 'eeu', cap: ['Kyiv', 'Kyiv'] }),
  c('gb', ['Vương quốc Anh', 'Anh'], ['United Kingdom', 'Britain'], {
    va: ['Anh Quốc', 'Liên hiệp Anh', 'Vương quốc Liên hiệp Anh và Bắc Ireland'],
    ea: ['UK', 'U.K.', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], tags: ['ambiguous-short'],
    dv: 'Quốc gia ở tây bắc châu Âu gồm Anh, Scotland, Wales và Bắc Ireland; thủ đô London.', de: 'Country in northwestern Europe made up of England, Scotland, Wales and Northern Ireland; capital London.' }),
  c('va', ['Vatican', 'thành Vatican'], ['Vatican City', 'Vatican'], { va: ['Tòa Thánh', 'Tòa Thánh Vatican'], ea: ['Holy See', 'Vatican City State'],
    dv: 'Quốc gia nhỏ nhất thế giới, nằm trong thành Rome, nơi đặt Tòa Thánh.', de: 'Smallest state in the world, an enclave in Rome and seat of the Holy See.' }),
  t('ax', 'quần đảo Åland', 'Åland Islands', { va: ['Åland'], ea: ['Åland'],
    dv: 'Quần đảo tự trị của Phần Lan ở biển Baltic.', de: 'Autonomous island region of Finland in the Baltic Sea.' }),
  t('fo', 'quần đảo Faroe', 'Faroe Islands', { va: ['Faroe'], ea: ['Faroes'],
    dv: 'Quần đảo tự quản thuộc Vương quốc Đan Mạch ở Bắc Đại Tây Dương.', de: 'Self-governing archipelago of the Kingdom of Denmark in the North Atlantic.' }),
  t('gg', 'Guernsey', 'Guernsey', {
    dv: 'Hòn đảo thuộc quyền Hoàng gia Anh ở eo biển Manche.', de: 'British Crown dependency in the English Channel.' }),
  t('gi', 'Gibraltar', 'Gibraltar', {
    dv: 'Lãnh thổ hải ngoại của Anh ở cực nam bán đảo Iberia.', de: 'British overseas territory at the southern tip of the Iberian Peninsula.' }),
  t('im', 'đảo Man', 'Isle of Man', {
    dv: 'Hòn đảo thuộc quyền Hoàng gia Anh ở biển Ireland.', de: 'British Crown dependency in the Irish Sea.' }),
  t('je', 'Jersey', 'Jersey', { tags: ['ambiguous-word'],
    dv: 'Hòn đảo thuộc quyền Hoàng gia Anh ở eo biển Manche, gần bờ biển Pháp.', de: 'British Crown dependency in the English Channel near the French coast.' }),
  t('sj', 'Svalbard và Jan Mayen', 'Svalbard and Jan Mayen', { va: ['Svalbard'], ea: ['Svalbard'],
    dv: 'Các đảo của Na Uy ở Bắc Băng Dương và Bắc Đại Tây Dương.', de: 'Norwegian islands in the Arctic Ocean and the North Atlantic.' }),

  // ── Africa ───────────────────────────────────────────────────────────────────────────────────────────────────
  c('dz', 'Algeria', 'Algeria', { va: ['An-giê-ri'], r: 'naf', cap: ['Alger', 'Algiers'] }),
  c('ao', 'Angola', 'Angola', { va: ['Ăng-gô-la'], r: 'saf', cap: ['Luanda', 'Luanda'] }),
  c('bj', 'Benin', 'Benin', { va: ['Bê-nanh'], r: 'waf', cap: ['Porto-Novo', 'Porto-Novo'] }),
  c('bw', 'Botswana', 'Botswana', { r: 'saf', cap: ['Gaborone', 'Gaborone'] }),
  c('bf', 'Burkina Faso', 'Burkina Faso', { r: 'waf', cap: ['Ouagadougou', 'Ouagadougou'] }),
  c('bi', 'Burundi', 'Burundi', { r: 'eaf', cap: ['Gitega', 'Gitega'] }),
  c('cv', ['Cabo Verde', 'Cape Verde'], ['Cabo Verde', 'Cape Verde'], { va: ['Cáp-ve'], r: 'atl', shape: 'island', cap: ['Praia', 'Praia'] }),
  c('cm', 'Cameroon', 'Cameroon', { va: ['Ca-mơ-run'], r: 'maf', cap: ['Yaoundé', 'Yaoundé'] }),
  c('cf', 'Cộng hòa Trung Phi', 'Central African Republic', { r: 'maf', cap: ['Bangui', 'Bangui'] }),
  c('td', 'Chad', 'Chad', { va: ['Tchad'], r: 'maf', cap: ["N'Djamena", "N'Djamena"] }),
  c('km', 'Comoros', 'Comoros', { va: ['Cô-mô-rô'], r: 'ind', shape: 'island', cap: ['Moroni', 'Moroni'] }),
  c('cg', ['Cộng hòa Congo', 'Congo-Brazzaville'], ['Republic of the Congo', 'Congo-Brazzaville'], { va: ['Congo'], ea: ['Congo', 'Congo Republic'], r: 'maf', cap: ['Brazzaville', 'Brazzaville'] }),
  c('cd', ['Cộng hòa Dân chủ Congo', 'CHDC Congo'], ['Democratic Republic of the Congo', 'DR Congo'], { va: ['Congo-Kinshasa', 'Congo'], ea: ['DRC', 'D.R. Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Congo'], r: 'maf', cap: ['Kinshasa', 'Kinshasa'] }),
  c('ci', ['Bờ Biển Ngà', "Côte d'Ivoire"], ["Côte d'Ivoire", 'Ivory Coast'], { va: ['Cốt Đi-voa'], ea: ["Cote d'Ivoire"], r: 'waf',
    dv: 'Quốc gia ở Tây Phi; thủ đô chính thức Yamoussoukro, trung tâm kinh tế Abidjan.', de: 'Country in West Africa; official capital Yamoussoukro, economic centre Abidjan.' }),
  c('dj', 'Djibouti', 'Djibouti', { va: ['Gi-bu-ti'], r: 'hoa', cap: ['thành phố Djibouti', 'Djibouti City'] }),
  c('eg', 'Ai Cập', 'Egypt', { ea: ['Arab Republic of Egypt'], r: 'naf', cap: ['Cairo', 'Cairo'] }),
  c('gq', 'Guinea Xích Đạo', 'Equatorial Guinea', { r: 'maf', cap: ['Malabo', 'Malabo'] }),
  c('er', 'Eritrea', 'Eritrea', { va: ['Ê-ri-tơ-rê-a'], r: 'hoa', cap: ['Asmara', 'Asmara'] }),
  c('sz', ['Eswatini', 'Swaziland'], ['Eswatini', 'Swaziland'], { va: ['Xoa-di-len'], r: 'saf', cap: ['Mbabane', 'Mbabane'] }),
  c('et', 'Ethiopia', 'Ethiopia', { va: ['Ê-ti-ô-pi-a'], r: 'hoa', cap: ['Addis Ababa', 'Addis Ababa'] }),
  c('ga', 'Gabon', 'Gabon', { va: ['Ga-bông'], r: 'maf', cap: ['Libreville', 'Libreville'] }),
  c('gm', 'Gambia', 'Gambia', { va: ['Găm-bi-a'], ea: ['The Gambia'], r: 'waf', cap: ['Banjul', 'Banjul'] }),
  c('gh', 'Ghana', 'Ghana', { va: ['Ga-na'], r: 'waf', cap: ['Accra', 'Accra'] }),
  c('gn', 'Guinea', 'Guinea', { va: ['Ghi-nê'], r: 'waf', cap: ['Conakry', 'Conakry'] }),
  c('gw', 'Guinea-Bissau', 'Guinea-Bissau', { va: ['Ghi-nê Bít-xao', 'Guinea Bissau'], ea: ['Guinea Bissau'], r: 'waf', cap: ['Bissau', 'Bissau'] }),
  c('ke', 'Kenya', 'Kenya', { va: ['Kê-ni-a'], r: 'eaf', cap: ['Nairobi', 'Nairobi'] }),
  c('ls', 'Lesotho', 'Lesotho', { va: ['Lê-xô-thô'], r: 'saf', cap: ['Maseru', 'Maseru'] }),
  c('lr', 'Liberia', 'Liberia', { va: ['Li-bê-ri-a'], r: 'waf', cap: ['Monrovia', 'Monrovia'] }),
  c('ly', 'Libya', 'Libya', { va: ['Li-bi'], r: 'naf', cap: ['Tripoli', 'Tripoli'] }),
  c('mg', 'Madagascar', 'Madagascar', { va: ['Ma-đa-ga-xca'], r: 'ind', shape: 'island', cap: ['Antananarivo', 'Antananarivo'] }),
  c('mw', 'Malawi', 'Malawi', { va: ['Ma-la-uy'], r: 'saf', cap: ['Lilongwe', 'Lilongwe'] }),
  c('ml', 'Mali', 'Mali', { va: ['Ma-li'], r: 'waf', cap: ['Bamako', 'Bamako'] }),
  c('mr', 'Mauritania', 'Mauritania', { va: ['Mô-ri-ta-ni'], r: 'waf', cap: ['Nouakchott', 'Nouakchott'] }),
  c('mu', 'Mauritius', 'Mauritius', { va: ['Mô-ri-xơ'], r: 'ind', shape: 'island', cap: ['Port Louis', 'Port Louis'] }),
  c('ma', ['Maroc', 'Morocco', 'Ma-rốc'], 'Morocco', { ea: ['Kingdom of Morocco'], r: 'naf', cap: ['Rabat', 'Rabat'] }),
  c('mz', 'Mozambique', 'Mozambique', { va: ['Mô-dăm-bích'], r: 'saf', cap: ['Maputo', 'Maputo'] }),
  c('na', 'Namibia', 'Namibia', { va: ['Na-mi-bi-a'], r: 'saf', cap: ['Windhoek', 'Windhoek'] }),
  c('ne', 'Niger', 'Niger', { va: ['Ni-giê'], r: 'waf', cap: ['Niamey', 'Niamey'] }),
  c('ng', 'Nigeria', 'Nigeria', { va: ['Ni-giê-ri-a'], r: 'waf', cap: ['Abuja', 'Abuja'] }),
  c('rw', 'Rwanda', 'Rwanda', { va: ['Ru-an-đa'], r: 'eaf', cap: ['Kigali', 'Kigali'] }),
  c('st', 'São Tomé và Príncipe', 'São Tomé and Príncipe', { va: ['Sao Tome và Principe', 'Xao Tô-mê và Prin-xi-pê'], ea: ['Sao Tome and Principe'], r: 'atl', shape: 'island', cap: ['São Tomé', 'São Tomé'] }),
  c('sn', 'Senegal', 'Senegal', { va: ['Xê-nê-gan'], r: 'waf', cap: ['Dakar', 'Dakar'] }),
  c('sc', 'Seychelles', 'Seychelles', { va: ['Xây-sen'], r: 'ind', shape: 'island', cap: ['Victoria', 'Victoria'] }),
  c('sl', 'Sierra Leone', 'Sierra Leone', { va: ['Xi-ê-ra Lê-ôn'], r: 'waf', cap: ['Freetown', 'Freetown'] }),
  c('so', 'Somalia', 'Somalia', { va: ['Xô-ma-li'], r: 'hoa', cap: ['Mogadishu', 'Mogadishu'] }),
  c('za', 'Nam Phi', 'South Africa', { va: ['Cộng hòa Nam Phi'], ea: ['Republic of South Africa'], r: 'saf',
    dv: 'Quốc gia ở cực nam châu Phi; Pretoria là thủ đô hành chính, Cape Town là thủ đô lập pháp.', de: 'Country at the southern tip of Africa; Pretoria is the executive capital and Cape Town the legislative one.' }),
  c('ss', 'Nam Sudan', 'South Sudan', { va: ['Nam Xu-đăng'], r: 'eaf', cap: ['Juba', 'Juba'] }),
  c('sd', 'Sudan', 'Sudan', { va: ['Xu-đăng'], r: 'naf', cap: ['Khartoum', 'Khartoum'] }),
  c('tz', 'Tanzania', 'Tanzania', { va: ['Tan-da-ni-a'], r: 'eaf', cap: ['Dodoma', 'Dodoma'] }),
  c('tg', 'Togo', 'Togo', { va: ['Tô-gô'], r: 'waf', cap: ['Lomé', 'Lomé'] }),
  c('tn', 'Tunisia', 'Tunisia', { va: ['Tuy-ni-di'], r: 'naf', cap: ['Tunis', 'Tunis'] }),
  c('ug', 'Uganda', 'Uganda', { va: ['U-gan-đa'], r: 'eaf', cap: ['Kampala', 'Kampala'] }),
  c('zm', 'Zambia', 'Zambia', { va: ['Dăm-bi-a'], r: 'saf', cap: ['Lusaka', 'Lusaka'] }),
  c('zw', 'Zimbabwe', 'Zimbabwe', { va: ['Dim-ba-bu-ê'], r: 'saf', cap: ['Harare', 'Harare'] }),
  t('eh', 'Tây Sahara', 'Western Sahara', {
    dv: 'Vùng lãnh thổ tranh chấp ở tây bắc châu Phi, phần lớn do Maroc kiểm soát.', de: 'Disputed territory in northwest Africa, largely controlled by Morocco.' }),
  t('re', 'Réunion', 'Réunion', { va: ['đảo Réunion'], ea: ['Reunion Island'],
    dv: 'Đảo ở Ấn Độ Dương, một vùng hải ngoại của Pháp.', de: 'Island in the Indian Ocean; an overseas region of France.' }),
  t('yt', 'Mayotte', 'Mayotte', {
    dv: 'Đảo ở eo biển Mozambique, một vùng hải ngoại của Pháp.', de: 'Island in the Mozambique Channel; an overseas region of France.' }),
  t('sh', 'Saint Helena', 'Saint Helena', { va: ['St. Helena', 'đảo Saint Helena'], ea: ['St Helena', 'St. Helena'],
    dv: 'Lãnh thổ hải ngoại của Anh ở Nam Đại Tây Dương, gồm các đảo Saint Helena, Ascension và Tristan da Cunha.', de: 'British overseas territory in the South Atlantic made up of Saint Helena, Ascension and Tristan da Cunha.' }),
  t('io', ['lãnh thổ Ấn Độ Dương thuộc Anh', 'quần đảo Chagos'], ['British Indian Ocean Territory', 'Chagos Islands'], { ea: ['Chagos Archipelago', 'BIOT'],
    dv: 'Quần đảo Chagos ở Ấn Độ Dương, do Anh quản lý và đang được chuyển giao chủ quyền cho Mauritius.', de: 'The Chagos Archipelago in the Indian Ocean, administered by the UK and being handed over to Mauritius.' }),

  // ── Americas ─────────────────────────────────────────────────────────────────────────────────────────────────
  c('ag', 'Antigua và Barbuda', 'Antigua and Barbuda', { r: 'car', shape: 'island', cap: ["Saint John's", "Saint John's"] }),
  c('ar', 'Argentina', 'Argentina', { va: ['Ác-hen-ti-na'], ea: ['Argentine Republic'], r: 'sam', cap: ['Buenos Aires', 'Buenos Aires'] }),
  c('bs', 'Bahamas', 'Bahamas', { va: ['Ba-ha-ma'], ea: ['The Bahamas'], r: 'car', shape: 'island', cap: ['Nassau', 'Nassau'] }),
  c('bb', 'Barbados', 'Barbados', { va: ['Bác-ba-đốt'], r: 'car', shape: 'island', cap: ['Bridgetown', 'Bridgetown'] }),
  c('bz', 'Belize', 'Belize', { va: ['Bê-li-xê'], r: 'cam', cap: ['Belmopan', 'Belmopan'] }),
  c('bo', 'Bolivia', 'Bolivia', { va: ['Bô-li-vi-a'], r: 'sam',
    dv: 'Quốc gia ở Nam Mỹ; thủ đô hiến định Sucre, chính phủ đặt tại La Paz.', de: 'Country in South America; constitutional capital Sucre, seat of government La Paz.' }),
  c('br', ['Brazil', 'Braxin'], 'Brazil', { va: ['Bra-xin'], ea: ['Brasil', 'Federative Republic of Brazil'], r: 'sam', cap: ['Brasília', 'Brasília'] }),
  c('ca', 'Canada', 'Canada', { va: ['Ca-na-đa'], r: 'nam', cap: ['Ottawa', 'Ottawa'] }),
  c('cl', 'Chile', 'Chile', { va: ['Chi-lê'], r: 'sam', cap: ['Santiago', 'Santiago'] }),
  c('co', 'Colombia', 'Colombia', { va: ['Cô-lôm-bi-a'], r: 'sam', cap: ['Bogotá', 'Bogotá'] }),
  c('cr', 'Costa Rica', 'Costa Rica', { va: ['Cô-xta Ri-ca'], r: 'cam', cap: ['San José', 'San José'] }),
  c('cu', 'Cuba', 'Cuba', { va: ['Cu-ba', 'Cộng hòa Cuba'], ea: ['Republic of Cuba'], r: 'car', shape: 'island', cap: ['La Habana', 'Havana'] }),
  c('dm', 'Dominica', 'Dominica', { va: ['Đô-mi-ni-ca'], ea: ['Commonwealth of Dominica'], r: 'car', shape: 'island', cap: ['Roseau', 'Roseau'] }),
  c('do', 'Cộng hòa Dominica', 'Dominican Republic', { va: ['Cộng hòa Đô-mi-ni-ca', 'CH Dominica'], r: 'car', cap: ['Santo Domingo', 'Santo Domingo'] }),
  c('ec', 'Ecuador', 'Ecuador', { va: ['Ê-cu-a-đo'], r: 'sam', cap: ['Quito', 'Quito'] }),
  c('sv', 'El Salvador', 'El Salvador', { va: ['En Xan-va-đo'], r: 'cam', cap: ['San Salvador', 'San Salvador'] }),
  c('gd', 'Grenada', 'Grenada', { va: ['Grê-na-đa'], r: 'car', shape: 'island', cap: ["St. George's", "St. George's"] }),
  c('gt', 'Guatemala', 'Guatemala', { va: ['Goa-tê-ma-la'], r: 'cam', cap: ['thành phố Guatemala', 'Guatemala City'] }),
  c('gy', 'Guyana', 'Guyana', { va: ['Guy-a-na'], r: 'sam', cap: ['Georgetown', 'Georgetown'] }),
  c('ht', 'Haiti', 'Haiti', { va: ['Ha-i-ti'], r: 'car', cap: ['Port-au-Prince', 'Port-au-Prince'] }),
  c('hn', 'Honduras', 'Honduras', { va: ['Ôn-đu-rát'], r: 'cam', cap: ['Tegucigalpa', 'Tegucigalpa'] }),
  c('jm', 'Jamaica', 'Jamaica', { va: ['Gia-mai-ca'], r: 'car', shape: 'island', cap: ['Kingston', 'Kingston'] }),
  c('mx', ['Mexico', 'Mê-hi-cô'], 'Mexico', { va: ['México'], ea: ['México', 'United Mexican States'], r: 'nam', cap: ['thành phố Mexico', 'Mexico City'] }),
  c('ni', 'Nicaragua', 'Nicaragua', { va: ['Ni-ca-ra-goa'], r: 'cam', cap: ['Managua', 'Managua'] }),
  c('pa', 'Panama', 'Panama', { va: ['Pa-na-ma'], r: 'cam', cap: ['thành phố Panama', 'Panama City'] }),
  c('py', 'Paraguay', 'Paraguay', { va: ['Pa-ra-goay'], r: 'sam', cap: ['Asunción', 'Asunción'] }),
  c('pe', 'Peru', 'Peru', { va: ['Pê-ru'], r: 'sam', cap: ['Lima', 'Lima'] }),
  c('kn', 'Saint Kitts và Nevis', 'Saint Kitts and Nevis', { va: ['St. Kitts và Nevis'], ea: ['St Kitts and Nevis', 'St. Kitts and Nevis'], r: 'car', shape: 'island', cap: ['Basseterre', 'Basseterre'] }),
  c('lc', 'Saint Lucia', 'Saint Lucia', { va: ['St. Lucia'], ea: ['St Lucia', 'St. Lucia'], r: 'car', shape: 'island', cap: ['Castries', 'Castries'] }),
  c('vc', 'Saint Vincent và Grenadines', 'Saint Vincent and the Grenadines', { va: ['St. Vincent và Grenadines'], ea: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'], r: 'car', shape: 'island', cap: ['Kingstown', 'Kingstown'] }),
  c('sr', 'Suriname', 'Suriname', { va: ['Xu-ri-nam'], r: 'sam', cap: ['Paramaribo', 'Paramaribo'] }),
  c('tt', 'Trinidad và Tobago', 'Trinidad and Tobago', { r: 'car', shape: 'island', cap: ['Port of Spain', 'Port of Spain'] }),
  c('us', ['Hoa Kỳ', 'Mỹ'], ['United States', 'US'], {
    va: ['Hợp chúng quốc Hoa Kỳ', 'Hợp chủng quốc Hoa Kỳ', 'Hợp chúng quốc Mỹ', 'nước Mỹ'],
    ea: ['U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], tags: ['ambiguous-short'],
    dv: 'Quốc gia liên bang ở Bắc Mỹ gồm 50 bang, thủ đô Washington.', de: 'Federal republic of 50 states in North America; capital Washington.' }),
  c('uy', 'Uruguay', 'Uruguay', { va: ['U-ru-goay'], r: 'sam', cap: ['Montevideo', 'Montevideo'] }),
  c('ve', 'Venezuela', 'Venezuela', { va: ['Vê-nê-xu-ê-la'], r: 'sam', cap: ['Caracas', 'Caracas'] }),
  t('ai', 'Anguilla', 'Anguilla', { dv: 'Lãnh thổ hải ngoại của Anh ở vùng Caribe.', de: 'British overseas territory in the Caribbean.' }),
  t('aw', 'Aruba', 'Aruba', { dv: 'Đảo ở vùng Caribe, một quốc gia cấu thành của Vương quốc Hà Lan.', de: 'Caribbean island; a constituent country of the Kingdom of the Netherlands.' }),
  t('bl', 'Saint Barthélemy', 'Saint Barthélemy', { va: ['St. Barthélemy', 'St Barth'], ea: ['St. Barthélemy', 'St Barts'],
    dv: 'Đảo ở vùng Caribe, một cộng đồng hải ngoại của Pháp.', de: 'Caribbean island; an overseas collectivity of France.' }),
  t('bm', 'Bermuda', 'Bermuda', { dv: 'Lãnh thổ hải ngoại của Anh ở Bắc Đại Tây Dương.', de: 'British overseas territory in the North Atlantic.' }),
  t('bq', ['Caribe Hà Lan', 'Ca-ri-bê Hà Lan'], 'Caribbean Netherlands', { ea: ['BES islands'],
    dv: 'Ba đảo Bonaire, Sint Eustatius và Saba ở vùng Caribe, là đô thị đặc biệt của Hà Lan.', de: 'The Caribbean islands of Bonaire, Sint Eustatius and Saba; special municipalities of the Netherlands.' }),
  t('cw', 'Curaçao', 'Curaçao', { va: ['Curacao'], ea: ['Curacao'],
    dv: 'Đảo ở vùng Caribe, một quốc gia cấu thành của Vương quốc Hà Lan.', de: 'Caribbean island; a constituent country of the Kingdom of the Netherlands.' }),
  t('fk', 'quần đảo Falkland', ['Falkland Islands', 'Falklands'], { va: ['quần đảo Malvinas', 'Malvinas'], ea: ['Malvinas'],
    dv: 'Quần đảo ở Nam Đại Tây Dương do Anh quản lý, Argentina đòi chủ quyền.', de: 'South Atlantic archipelago administered by the UK and claimed by Argentina.' }),
  t('gf', 'Guiana thuộc Pháp', 'French Guiana', { va: ['Guyane thuộc Pháp', 'Guyane'], ea: ['Guyane'],
    dv: 'Vùng hải ngoại của Pháp ở bờ bắc Nam Mỹ, nơi có bãi phóng tên lửa Kourou.', de: 'Overseas region of France on the north coast of South America, home of the Kourou spaceport.' }),
  t('gl', 'Greenland', 'Greenland', { va: ['đảo Greenland'],
    dv: 'Hòn đảo lớn nhất thế giới, vùng lãnh thổ tự trị thuộc Vương quốc Đan Mạch.', de: "World's largest island; an autonomous territory of the Kingdom of Denmark." }),
  t('gp', 'Guadeloupe', 'Guadeloupe', { dv: 'Quần đảo ở vùng Caribe, một vùng hải ngoại của Pháp.', de: 'Caribbean archipelago; an overseas region of France.' }),
  t('ky', 'quần đảo Cayman', 'Cayman Islands', { ea: ['Caymans'], dv: 'Lãnh thổ hải ngoại của Anh ở vùng Caribe, một trung tâm tài chính hải ngoại.', de: 'British overseas territory in the Caribbean and an offshore financial centre.' }),
  t('mf', 'Saint Martin', 'Saint Martin', { va: ['St. Martin'], ea: ['St. Martin', 'Saint-Martin'],
    dv: 'Phần phía bắc của đảo Saint Martin ở vùng Caribe, một cộng đồng hải ngoại của Pháp.', de: 'Northern part of the Caribbean island of Saint Martin; an overseas collectivity of France.' }),
  t('mq', 'Martinique', 'Martinique', { dv: 'Đảo ở vùng Caribe, một vùng hải ngoại của Pháp.', de: 'Caribbean island; an overseas region of France.' }),
  t('ms', 'Montserrat', 'Montserrat', { dv: 'Lãnh thổ hải ngoại của Anh ở vùng Caribe.', de: 'British overseas territory in the Caribbean.' }),
  t('pm', 'Saint Pierre và Miquelon', 'Saint Pierre and Miquelon', { va: ['St. Pierre và Miquelon'], ea: ['St. Pierre and Miquelon'],
    dv: 'Quần đảo nhỏ của Pháp ngoài khơi Canada ở Bắc Đại Tây Dương.', de: 'Small French archipelago off Canada in the North Atlantic.' }),
  t('pr', 'Puerto Rico', 'Puerto Rico', { dv: 'Vùng lãnh thổ của Mỹ ở vùng Caribe.', de: 'United States territory in the Caribbean.' }),
  t('sx', 'Sint Maarten', 'Sint Maarten', { dv: 'Phần phía nam của đảo Saint Martin, một quốc gia cấu thành của Vương quốc Hà Lan.', de: 'Southern part of the island of Saint Martin; a constituent country of the Kingdom of the Netherlands.' }),
  t('tc', 'quần đảo Turks và Caicos', 'Turks and Caicos Islands', { dv: 'Lãnh thổ hải ngoại của Anh ở vùng Caribe.', de: 'British overseas territory in the Caribbean.' }),
  t('vg', 'quần đảo Virgin thuộc Anh', 'British Virgin Islands', { ea: ['BVI'], dv: 'Lãnh thổ hải ngoại của Anh ở vùng Caribe.', de: 'British overseas territory in the Caribbean.' }),
  t('vi', 'quần đảo Virgin thuộc Mỹ', 'United States Virgin Islands', { va: ['quần đảo Virgin thuộc Hoa Kỳ'], ea: ['U.S. Virgin Islands', 'US Virgin Islands'],
    dv: 'Vùng lãnh thổ của Mỹ ở vùng Caribe.', de: 'United States territory in the Caribbean.' }),
  t('gs', 'Nam Georgia và quần đảo Nam Sandwich', 'South Georgia and the South Sandwich Islands', { va: ['Nam Georgia'], ea: ['South Georgia'],
    dv: 'Lãnh thổ hải ngoại của Anh ở Nam Đại Tây Dương, không có dân thường trú.', de: 'British overseas territory in the South Atlantic with no permanent population.' }),

  // ── Oceania and the Antarctic ────────────────────────────────────────────────────────────────────────────────
  c('au', ['Úc', 'Australia'], 'Australia', { va: ['Ô-xtrây-li-a', 'Ôxtrâylia'], ea: ['Commonwealth of Australia'], tags: ['ambiguous-short'],
    dv: 'Quốc gia chiếm trọn lục địa Australia ở châu Đại Dương, thủ đô Canberra.', de: 'Country occupying the Australian continent in Oceania; capital Canberra.' }),
  c('fj', 'Fiji', 'Fiji', { va: ['Phi-gi'], r: 'pac', shape: 'island', cap: ['Suva', 'Suva'] }),
  c('ki', 'Kiribati', 'Kiribati', { va: ['Ki-ri-ba-ti'], r: 'pac', shape: 'island', cap: ['Nam Tarawa', 'South Tarawa'] }),
  c('mh', 'quần đảo Marshall', 'Marshall Islands', { ea: ['Republic of the Marshall Islands'], r: 'pac', shape: 'island', cap: ['Majuro', 'Majuro'] }),
  c('fm', ['Micronesia', 'Liên bang Micronesia'], ['Micronesia', 'Federated States of Micronesia'], { r: 'pac', shape: 'island', cap: ['Palikir', 'Palikir'] }),
  c('nr', 'Nauru', 'Nauru', { dv: 'Quốc đảo nhỏ ở Thái Bình Dương, không có thủ đô chính thức.', de: 'Small island country in the Pacific Ocean with no official capital.' }),
  c('nz', ['New Zealand', 'Niu Di-lân'], 'New Zealand', { va: ['Niu Dilân'], ea: ['Aotearoa'], r: 'oce', shape: 'island', cap: ['Wellington', 'Wellington'] }),
  c('pw', 'Palau', 'Palau', { va: ['Pa-lau'], r: 'pac', shape: 'island', cap: ['Ngerulmud', 'Ngerulmud'] }),
  c('pg', 'Papua New Guinea', 'Papua New Guinea', { va: ['Pa-pua Niu Ghi-nê', 'Papua Niu Ghi-nê'], ea: ['PNG'], r: 'oce', cap: ['Port Moresby', 'Port Moresby'] }),
  c('ws', 'Samoa', 'Samoa', { va: ['Xa-moa'], r: 'pac', shape: 'island', cap: ['Apia', 'Apia'] }),
  c('sb', 'quần đảo Solomon', 'Solomon Islands', { va: ['Xô-lô-môn'], ea: ['Solomons'], r: 'pac', shape: 'island', cap: ['Honiara', 'Honiara'] }),
  c('to', 'Tonga', 'Tonga', { va: ['Tông-ga'], r: 'pac', shape: 'island', cap: ["Nuku'alofa", "Nuku'alofa"] }),
  c('tv', 'Tuvalu', 'Tuvalu', { va: ['Tu-va-lu'], r: 'pac', shape: 'island', cap: ['Funafuti', 'Funafuti'] }),
  c('vu', 'Vanuatu', 'Vanuatu', { va: ['Va-nu-a-tu'], r: 'pac', shape: 'island', cap: ['Port Vila', 'Port Vila'] }),
  t('as', 'Samoa thuộc Mỹ', 'American Samoa', { dv: 'Vùng lãnh thổ của Mỹ ở Nam Thái Bình Dương.', de: 'United States territory in the South Pacific.' }),
  t('ck', 'quần đảo Cook', 'Cook Islands', { dv: 'Quần đảo tự quản ở Nam Thái Bình Dương, liên kết tự do với New Zealand.', de: 'Self-governing South Pacific archipelago in free association with New Zealand.' }),
  t('cx', 'đảo Giáng Sinh', 'Christmas Island', { va: ['đảo Christmas'], dv: 'Đảo ở Ấn Độ Dương thuộc Australia, gần Java.', de: 'Australian island in the Indian Ocean near Java.' }),
  t('cc', 'quần đảo Cocos', 'Cocos Islands', { va: ['quần đảo Cocos Keeling'], ea: ['Cocos Keeling Islands', 'Keeling Islands'],
    dv: 'Quần đảo san hô nhỏ ở Ấn Độ Dương thuộc Australia.', de: 'Small Australian coral archipelago in the Indian Ocean.' }),
  t('gu', 'Guam', 'Guam', { va: ['đảo Guam'], dv: 'Đảo ở tây Thái Bình Dương thuộc Mỹ, nơi có căn cứ quân sự lớn.', de: 'United States island territory in the western Pacific with major military bases.' }),
  t('mp', 'quần đảo Bắc Mariana', 'Northern Mariana Islands', { ea: ['Northern Marianas'], dv: 'Vùng lãnh thổ của Mỹ ở tây Thái Bình Dương.', de: 'United States territory in the western Pacific.' }),
  t('nc', 'New Caledonia', 'New Caledonia', { va: ['Nouvelle-Calédonie'], ea: ['Nouvelle-Calédonie'],
    dv: 'Quần đảo ở tây nam Thái Bình Dương, một cộng đồng đặc biệt của Pháp.', de: 'Archipelago in the southwest Pacific; a special collectivity of France.' }),
  t('nf', 'đảo Norfolk', 'Norfolk Island', { dv: 'Đảo nhỏ ở Thái Bình Dương thuộc Australia.', de: 'Small Australian island in the Pacific.' }),
  t('nu', 'Niue', 'Niue', { dv: 'Đảo tự quản ở Nam Thái Bình Dương, liên kết tự do với New Zealand.', de: 'Self-governing South Pacific island in free association with New Zealand.' }),
  t('pf', 'Polynesia thuộc Pháp', 'French Polynesia', { va: ['Polynésie thuộc Pháp'], dv: 'Các quần đảo của Pháp ở Nam Thái Bình Dương, gồm cả Tahiti.', de: 'French island groups in the South Pacific, including Tahiti.' }),
  t('pn', 'quần đảo Pitcairn', 'Pitcairn Islands', { dv: 'Lãnh thổ hải ngoại của Anh ở Nam Thái Bình Dương, rất ít dân.', de: 'Sparsely populated British overseas territory in the South Pacific.' }),
  t('tk', 'Tokelau', 'Tokelau', { dv: 'Nhóm đảo san hô ở Nam Thái Bình Dương thuộc New Zealand.', de: 'Group of South Pacific atolls belonging to New Zealand.' }),
  t('um', 'các tiểu đảo xa của Hoa Kỳ', 'United States Minor Outlying Islands', { ea: ['U.S. Minor Outlying Islands', 'U.S. Outlying Islands'],
    dv: 'Các đảo nhỏ rải rác ở Thái Bình Dương và vùng Caribe thuộc Mỹ.', de: 'Small scattered United States islands in the Pacific and the Caribbean.' }),
  t('wf', 'Wallis và Futuna', 'Wallis and Futuna', { dv: 'Quần đảo ở Nam Thái Bình Dương, một cộng đồng hải ngoại của Pháp.', de: 'South Pacific islands; an overseas collectivity of France.' }),
  t('hm', 'quần đảo Heard và McDonald', 'Heard Island and McDonald Islands', { dv: 'Các đảo núi lửa không người ở ở nam Ấn Độ Dương thuộc Australia.', de: 'Uninhabited volcanic Australian islands in the southern Indian Ocean.' }),
  t('aq', ['châu Nam Cực', 'Nam Cực'], 'Antarctica', { dv: 'Lục địa băng giá bao quanh cực Nam, được quản lý theo Hiệp ước Nam Cực.', de: 'Ice-covered continent around the South Pole, governed under the Antarctic Treaty.' }),
  t('bv', 'đảo Bouvet', 'Bouvet Island', { dv: 'Đảo không người ở ở Nam Đại Tây Dương thuộc Na Uy.', de: 'Uninhabited Norwegian island in the South Atlantic.' }),
  t('tf', ['vùng đất phía Nam và châu Nam Cực thuộc Pháp', 'lãnh thổ phía Nam thuộc Pháp'], ['French Southern and Antarctic Lands', 'French Southern Territories'], {
    dv: 'Các đảo xa ở nam Ấn Độ Dương và một phần châu Nam Cực do Pháp quản lý.', de: 'Remote islands in the southern Indian Ocean and an Antarctic sector administered by France.' }),

  // ── Former states that news still names ──────────────────────────────────────────────────────────────────────
  f('su', ['Liên Xô', 'Liên bang Xô viết'], ['Soviet Union', 'USSR'], { va: ['Liên bang Cộng hòa Xã hội Chủ nghĩa Xô viết'], ea: ['U.S.S.R.', 'Union of Soviet Socialist Republics'],
    dv: 'Nhà nước xã hội chủ nghĩa liên bang tồn tại từ 1922 đến 1991, thủ đô Moskva.', de: 'Federal socialist state that existed from 1922 to 1991; capital Moscow.' }),
  f('yu', 'Nam Tư', 'Yugoslavia', { va: ['Liên bang Nam Tư', 'Cộng hòa Liên bang Xã hội chủ nghĩa Nam Tư'], ea: ['Socialist Federal Republic of Yugoslavia'],
    dv: 'Nhà nước ở bán đảo Balkan (1918–1992), sau đó tan rã thành nhiều quốc gia; thủ đô Beograd.', de: 'State in the Balkans (1918–1992) that broke up into several countries; capital Belgrade.' }),
  f('cs', 'Tiệp Khắc', 'Czechoslovakia', { va: ['Cộng hòa Xã hội chủ nghĩa Tiệp Khắc'],
    dv: 'Nhà nước ở Trung Âu (1918–1992), tách thành Séc và Slovakia; thủ đô Praha.', de: 'Central European state (1918–1992) that split into the Czech Republic and Slovakia; capital Prague.' }),
  f('dd', ['Đông Đức', 'Cộng hòa Dân chủ Đức'], ['East Germany', 'German Democratic Republic'], { va: ['CHDC Đức'], ea: ['GDR'],
    dv: 'Nhà nước ở Trung Âu (1949–1990), thống nhất với Tây Đức năm 1990; thủ đô Đông Berlin.', de: 'Central European state (1949–1990) that united with West Germany in 1990; capital East Berlin.' }),
  f('west-germany', 'Tây Đức', 'West Germany', { id: 'loc:west-germany',
    dv: 'Tên thường gọi của nước Đức phía tây trước khi thống nhất năm 1990; thủ đô Bonn.', de: 'Common name of the western German state before reunification in 1990; capital Bonn.' }),
];

function describe(row) {
  if (row.dv || row.de) {
    if (!row.dv || !row.de) throw new Error(`${row.code}: give both dv and de`);
    return { vi: row.dv, en: row.de };
  }
  if (row.kind !== 'country') throw new Error(`${row.code}: territories and former states need hand-written descriptions`);
  const region = REGIONS[row.r];
  if (!region) throw new Error(`${row.code}: unknown region ${row.r}`);
  if (!row.cap) throw new Error(`${row.code}: no capital`);
  const [rVi, rEn] = region;
  const [capVi, capEn] = row.cap;
  return row.shape === 'island'
    ? { vi: `Quốc đảo ở ${rVi}, thủ đô ${capVi}.`, en: `Island country in ${rEn}; capital ${capEn}.` }
    : { vi: `Quốc gia ở ${rVi}, thủ đô ${capVi}.`, en: `Country in ${rEn}; capital ${capEn}.` };
}

function entryOf(row) {
  const id = row.id ?? `loc:${row.code}`;
  const aliasesVi = list(row.va);
  const aliasesEn = list(row.ea);
  const entry = { id, type: 'LOC', names: { vi: row.vi, en: row.en } };
  if (aliasesVi.length || aliasesEn.length) {
    entry.aliases = {};
    if (aliasesVi.length) entry.aliases.vi = aliasesVi;
    if (aliasesEn.length) entry.aliases.en = aliasesEn;
  }
  entry.description = describe(row);
  entry.tags = [row.kind, ...(row.tags ?? [])];
  return entry;
}

/** The entries, in table order (grouped by continent, then alphabetical by English name within a group). */
export function build() {
  const entries = ROWS.map(entryOf);
  const ids = new Set();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`duplicate id ${entry.id}`);
    ids.add(entry.id);
  }
  return entries;
}

/** JSON with two-space indentation, one entry per object, short string lists kept on one line. */
function format(value, indent = '') {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const lines = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function render(entries = build()) {
  return `${format(entries)}\n`;
}

function audit(entries) {
  const vi = new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const entry of entries) {
    if (entry.tags.includes('former-state')) continue;
    const code = entry.id.slice(4).toUpperCase();
    if (code.length !== 2) continue;
    let cldrVi;
    let cldrEn;
    try {
      cldrVi = vi.of(code);
      cldrEn = en.of(code);
    } catch {
      continue;
    }
    const forms = [...entry.names.vi, ...(entry.aliases?.vi ?? [])];
    const formsEn = [...entry.names.en, ...(entry.aliases?.en ?? [])];
    if (cldrVi && !forms.includes(cldrVi)) console.log(`${code} vi: CLDR "${cldrVi}", here "${entry.names.vi[0]}"`);
    if (cldrEn && !formsEn.includes(cldrEn)) console.log(`${code} en: CLDR "${cldrEn}", here "${entry.names.en[0]}"`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Set(process.argv.slice(2));
  const entries = build();
  const text = render(entries);
  if (args.has('--audit')) audit(entries);
  if (args.has('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing file: reported below
    }
    if (current !== text) {
      console.error(`${OUT} is out of date: run node lib/knowledge/generate/countries.mjs`);
      process.exit(1);
    }
    console.log(`places-countries.json is up to date (${entries.length} entries)`);
  } else if (!args.has('--audit')) {
    writeFileSync(OUT, text);
    console.log(`wrote ${entries.length} entries to ${OUT}`);
  }
}
