/**
 * States with their aliases, demonyms and capital-city metonyms ("Moscow said" = Russia). General
 * knowledge, not tuned to any article. Rows: name | aliases | demonyms | capitals (comma-separated).
 * Ids are inst:<slug of name>, the scheme of the curated example (inst:united-states, inst:ukraine).
 */
const ROWS = `
United States|U.S.,US,USA,U.S.A.,United States of America,America|American,Americans,U.S.,US|Washington
Russia|Russian Federation|Russian,Russians|Moscow
Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons|London
France|French Republic|French|Paris
Germany|Federal Republic of Germany|German,Germans|Berlin
Italy||Italian,Italians|Rome
Spain||Spanish,Spaniards|Madrid
Portugal||Portuguese|Lisbon
Poland||Polish,Poles|Warsaw
Hungary||Hungarian,Hungarians|Budapest
Netherlands|Holland|Dutch|Amsterdam,The Hague
Belgium||Belgian,Belgians|
Sweden||Swedish,Swedes|Stockholm
Finland||Finnish,Finns|Helsinki
Norway||Norwegian,Norwegians|Oslo
Denmark||Danish,Danes|Copenhagen
Ireland|Republic of Ireland|Irish|Dublin
Austria||Austrian,Austrians|Vienna
Switzerland||Swiss|Bern
Greece||Greek,Greeks|Athens
Czech Republic|Czechia|Czech,Czechs|Prague
Slovakia||Slovak,Slovaks|Bratislava
Romania||Romanian,Romanians|Bucharest
Bulgaria||Bulgarian,Bulgarians|Sofia
Serbia||Serbian,Serbs|Belgrade
Croatia||Croatian,Croats|Zagreb
Estonia||Estonian,Estonians|Tallinn
Latvia||Latvian,Latvians|Riga
Lithuania||Lithuanian,Lithuanians|Vilnius
Belarus||Belarusian,Belarusians|Minsk
Moldova||Moldovan,Moldovans|Chisinau
Armenia||Armenian,Armenians|Yerevan
Azerbaijan||Azerbaijani,Azerbaijanis|Baku
Turkey|Türkiye|Turkish,Turks|Ankara
Israel||Israeli,Israelis|Jerusalem,Tel Aviv
Palestine|Palestinian territories,State of Palestine|Palestinian,Palestinians|Ramallah
Lebanon||Lebanese|Beirut
Syria||Syrian,Syrians|Damascus
Iraq||Iraqi,Iraqis|Baghdad
Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
Saudi Arabia|Kingdom of Saudi Arabia|Saudi,Saudis|Riyadh
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati,Emiratis|Abu Dhabi
Qatar||Qatari,Qataris|Doha
Oman||Omani,Omanis|Muscat
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Bahrain||Bahraini,Bahrainis|Manama
Yemen||Yemeni,Yemenis|Sanaa
Jordan||Jordanian,Jordanians|Amman
Egypt||Egyptian,Egyptians|Cairo
Libya||Libyan,Libyans|Tripoli
Tunisia||Tunisian,Tunisians|Tunis
Algeria||Algerian,Algerians|Algiers
Morocco||Moroccan,Moroccans|Rabat
Sudan||Sudanese|Khartoum
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Kenya||Kenyan,Kenyans|Nairobi
Nigeria||Nigerian,Nigerians|Abuja
Ghana||Ghanaian,Ghanaians|Accra
South Africa||South African,South Africans|Pretoria
Democratic Republic of the Congo|DRC,DR Congo|Congolese|Kinshasa
Rwanda||Rwandan,Rwandans|Kigali
Afghanistan||Afghan,Afghans|Kabul
Pakistan||Pakistani,Pakistanis|Islamabad
India||Indian,Indians|New Delhi
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
China|People's Republic of China,PRC|Chinese|Beijing
Taiwan|Republic of China|Taiwanese|Taipei
Japan||Japanese|Tokyo
South Korea|Republic of Korea|South Korean,South Koreans|Seoul
North Korea|DPRK|North Korean,North Koreans|Pyongyang
Vietnam|Viet Nam|Vietnamese|Hanoi
Philippines||Philippine,Filipino,Filipinos|Manila
Indonesia||Indonesian,Indonesians|Jakarta
Malaysia||Malaysian,Malaysians|Kuala Lumpur
Thailand||Thai|Bangkok
Singapore||Singaporean,Singaporeans|
Australia||Australian,Australians|Canberra
New Zealand||New Zealander,New Zealanders|Wellington
Canada||Canadian,Canadians|Ottawa
Mexico||Mexican,Mexicans|Mexico City
Brazil||Brazilian,Brazilians|Brasília,Brasilia
Argentina||Argentine,Argentinian,Argentinians|Buenos Aires
Chile||Chilean,Chileans|Santiago
Colombia||Colombian,Colombians|Bogotá,Bogota
Peru||Peruvian,Peruvians|Lima
Venezuela||Venezuelan,Venezuelans|Caracas
Cuba||Cuban,Cubans|Havana
Samoa||Samoan,Samoans|Apia
Fiji||Fijian,Fijians|Suva
Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro
Tuvalu||Tuvaluan,Tuvaluans|Funafuti
Vanuatu||Ni-Vanuatu|Port Vila
Tonga||Tongan,Tongans|Nukuʻalofa
Kiribati||I-Kiribati|Tarawa
Palau||Palauan,Palauans|Ngerulmud
Solomon Islands||Solomon Islander,Solomon Islanders|Honiara
Papua New Guinea|PNG|Papua New Guinean,Papua New Guineans|Port Moresby
Maldives||Maldivian,Maldivians|Malé
Barbados||Barbadian,Barbadians|Bridgetown
Jamaica||Jamaican,Jamaicans|Kingston
Haiti||Haitian,Haitians|Port-au-Prince
Dominican Republic||Dominican,Dominicans|Santo Domingo
Guatemala||Guatemalan,Guatemalans|Guatemala City
Honduras||Honduran,Hondurans|Tegucigalpa
El Salvador||Salvadoran,Salvadorans|San Salvador
Nicaragua||Nicaraguan,Nicaraguans|Managua
Costa Rica||Costa Rican,Costa Ricans|San José
Panama||Panamanian,Panamanians|Panama City
Ecuador||Ecuadorian,Ecuadorians|Quito
Bolivia||Bolivian,Bolivians|La Paz,Sucre
Paraguay||Paraguayan,Paraguayans|Asunción
Uruguay||Uruguayan,Uruguayans|Montevideo
Iceland||Icelandic,Icelanders|Reykjavik
Luxembourg||Luxembourgish|
Malta||Maltese|Valletta
Cyprus||Cypriot,Cypriots|Nicosia
Slovenia||Slovenian,Slovenians|Ljubljana
North Macedonia||Macedonian,Macedonians|Skopje
Albania||Albanian,Albanians|Tirana
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Montenegro||Montenegrin,Montenegrins|Podgorica
Kosovo||Kosovar,Kosovars|Pristina
Georgia||Georgian,Georgians|Tbilisi
Kazakhstan||Kazakh,Kazakhs|Astana
Uzbekistan||Uzbek,Uzbeks|Tashkent
Kyrgyzstan||Kyrgyz|Bishkek
Tajikistan||Tajik,Tajiks|Dushanbe
Turkmenistan||Turkmen|Ashgabat
Mongolia||Mongolian,Mongolians|Ulaanbaatar
Nepal||Nepali,Nepalese|Kathmandu
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Myanmar|Burma|Burmese|Naypyidaw
Cambodia||Cambodian,Cambodians|Phnom Penh
Laos||Laotian,Lao|Vientiane
Senegal||Senegalese|Dakar
Mali||Malian,Malians|Bamako
Niger||Nigerien,Nigeriens|Niamey
Chad||Chadian,Chadians|N'Djamena
Burkina Faso||Burkinabe|Ouagadougou
Cameroon||Cameroonian,Cameroonians|Yaoundé
Ivory Coast|Côte d'Ivoire|Ivorian,Ivorians|Abidjan,Yamoussoukro
Tanzania||Tanzanian,Tanzanians|Dodoma
Uganda||Ugandan,Ugandans|Kampala
Somalia||Somali,Somalis|Mogadishu
South Sudan||South Sudanese|Juba
Eritrea||Eritrean,Eritreans|Asmara
Djibouti||Djiboutian|
Zambia||Zambian,Zambians|Lusaka
Zimbabwe||Zimbabwean,Zimbabweans|Harare
Mozambique||Mozambican,Mozambicans|Maputo
Angola||Angolan,Angolans|Luanda
Namibia||Namibian,Namibians|Windhoek
Botswana||Botswanan|Gaborone
Madagascar||Malagasy|Antananarivo
Mauritius||Mauritian,Mauritians|Port Louis
`;

export interface StateEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);

export const STATES: StateEntry[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [name, aliases, demonyms, capitals] = row.split('|');
    return { name: name!.trim(), aliases: list(aliases), demonyms: list(demonyms), capitals: list(capitals) };
  });
