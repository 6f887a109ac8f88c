#!/usr/bin/env python3
"""Regenerates testdata/heldout2/texts/*.txt and heldout2.gold.json (offsets computed, never by hand).
Run from the repo root: python3 testdata/heldout2/build_gold.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuild import build  # noqa: E402
P = []
def add(slug, pub, text, tops, events, mn=()):
    P.append(dict(slug=slug, pub=pub, text=text, tops=tops, events=events, mn=list(mn)))
# tops: (text, place, role) in text order. events: (id, type, place, prec, date, dprec, actors, counts dict, quote, required[, also[, alt_places]])
# mn (must_not): (type or "*", place, why)

# ---------------- Armenia-Azerbaijan / Turkey / Russia (10) ----------------
add("a01-norabak-mortars", "2023-09-13",
"""YEREVAN, SEPTEMBER 13, ARMENPRESS. On September 12 at around 19:40 the Azerbaijani armed forces opened fire from mortars and large-caliber weapons at the Armenian combat positions located in the vicinity of Norabak village of Gegharkunik province, the Defence Ministry of Armenia reported.

According to the ministry, a residential house in the village recieved damage, no casualties among the population or servicemen are reported. Earlier in the day a contract serviceman was wounded by sniper fire near the town of Vardenis, also in Gegharkunik, and was taken to hospital in stable condition.

Official Baku again accused the Armenian side of provocation, saying its units "suppressed the firing points" in the direction of Kalbajar district. Tension on the border has grown since the 2020 war, and the ministry warned of a possible large-scale offensive in the coming days.""",
[("YEREVAN","YEREVAN","location"),("Norabak","NORABAK","location"),("Gegharkunik","GEGHARKUNIK","location"),("Armenia","AM","actor|name"),
 ("Vardenis","VARDENIS","location"),("Gegharkunik","GEGHARKUNIK","location"),("Baku","BAKU","actor"),("Kalbajar","KALBAJAR","location")],
[("clash-norabak","clash","GEGHARKUNIK",2,"2023-09-12","day",["Azerbaijan","Armenia"],{},"On September 12 at around 19:40 the Azerbaijani armed forces opened fire from mortars and large-caliber weapons at the Armenian combat positions located in the vicinity of Norabak village of Gegharkunik province",True,[],["NORABAK"]),
 ("clash-vardenis","clash","VARDENIS",2,"2023-09-12","day",["Azerbaijan","Armenia"],{"injured":1},"Earlier in the day a contract serviceman was wounded by sniper fire near the town of Vardenis",True),
 ("clash-kalbajar-claim","clash","KALBAJAR",2,"2023-09-12","day",["Azerbaijan","Armenia"],{},"saying its units \"suppressed the firing points\" in the direction of Kalbajar district",False)],
[("*","YEREVAN","dateline only"),("*","BAKU","'Official Baku': the government")])

add("a02-gadabay-azertac", "2022-05-24",
"""Baku, 24 May, AZERTAC

On 23 May, from 21:15 to 22:50, units of the Armenian armed forces stationed in the direction of Chambarak district (former Krasnoselsk) subjected to intermittent fire from small arms the positions of the Azerbaijan Army located in Gadabay district, the Ministry of Defense told AZERTAC.

In adition, positions of our units near Slavyanka village of the same district came under fire from a sniper rifle. Units of the Azerbaijan Army took adequate retaliatory measures, there are no losses among the personnel, the ministry noted.

Yerevan rejected the statement as "disinformation", saying that the Armenian units deployed in Gegharkunik had not fired a single shot that night.""",
[("Baku","BAKU","location"),("Chambarak","CHAMBARAK","location"),("Krasnoselsk","CHAMBARAK","location"),("Azerbaijan","AZ","name|actor"),("Gadabay","GADABAY","location"),
 ("Slavyanka","SLAVYANKA_AZ","location"),("Azerbaijan","AZ","name|actor"),("Yerevan","YEREVAN","actor"),("Gegharkunik","GEGHARKUNIK","location")],
[("clash-gadabay","clash","GADABAY",2,"2022-05-23","day",["Armenia","Azerbaijan"],{},"On 23 May, from 21:15 to 22:50, units of the Armenian armed forces stationed in the direction of Chambarak district (former Krasnoselsk) subjected to intermittent fire from small arms the positions of the Azerbaijan Army located in Gadabay district",True,["In adition, positions of our units near Slavyanka village of the same district came under fire from a sniper rifle"],["SLAVYANKA_AZ"])],
[("*","BAKU","dateline"),("*","YEREVAN","'Yerevan rejected': the government"),("clash","GEGHARKUNIK","denial: 'had not fired a single shot'"),("*","SLAVYANKA_RU","Slavyanka here is the village of Gadabay district, not the Russian town")])

add("a03-karabakh-offensive", "2023-09-20",
"""BAKU/YEREVAN, Sept 20 (Reuters) - Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms under a Russian-mediated ceasefire, a day after Azerbaijan launched a military operation to take full control of the breakaway region.

Separatist officials said at least 200 people, including 10 civilians, were killed and more than 400 wounded in fighting that began on Tuesday with artillery and drone strikes on positions around Khankendi, which Armenians call Stepanakert. Five Russian peacekeepers were killed on Wednesday when their car came under fire in Aghdara district, Moscow said.

Representatives of the Karabakh Armenians and of Baku are due to hold talks on Thursday in the Azerbaijani town of Yevlakh. In Yerevan, several thousand protesters gathered outside the government building, demanding the resignation of Prime Minister Nikol Pashinyan.""",
[("BAKU","BAKU","location"),("YEREVAN","YEREVAN","location"),("Nagorno-Karabakh","NK","location"),("Azerbaijan","AZ","actor"),("Khankendi","KHANKENDI","location"),("Stepanakert","KHANKENDI","location"),
 ("Aghdara","AGHDARA","location"),("Moscow","MOSCOW","actor"),("Karabakh","NK","name|location"),("Baku","BAKU","actor"),("Yevlakh","YEVLAKH","location"),("Yerevan","YEREVAN","location")],
[("clash-khankendi","clash","KHANKENDI",2,"2023-09-19","day",["Azerbaijan","Nagorno-Karabakh Armenians"],{"fatalities":200,"injured":400},"Separatist officials said at least 200 people, including 10 civilians, were killed and more than 400 wounded in fighting that began on Tuesday with artillery and drone strikes on positions around Khankendi",True,["a day after Azerbaijan launched a military operation to take full control of the breakaway region"],["NK"]),
 ("agr-nk-ceasefire","agreement","NK",3,"2023-09-20","day",["Nagorno-Karabakh Armenians","Azerbaijan","Russia"],{},"Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms under a Russian-mediated ceasefire",False),
 ("clash-aghdara-peacekeepers","clash","AGHDARA",2,"2023-09-20","day",["Russia"],{"fatalities":5},"Five Russian peacekeepers were killed on Wednesday when their car came under fire in Aghdara district",True),
 ("meet-yevlakh","meeting","YEVLAKH",1,"2023-09-21","day",["Nagorno-Karabakh Armenians","Azerbaijan"],{},"Representatives of the Karabakh Armenians and of Baku are due to hold talks on Thursday in the Azerbaijani town of Yevlakh",False)],
[("*","YEREVAN","dateline, and a protest (not an event type)"),("*","BAKU","dateline and government"),("*","MOSCOW","'Moscow said': the government")])

add("a04-kamkhud-drills", "2021-03-17",
"""GYUMRI, March 17. /TASS/. Over 500 servicemen of Russia's 102nd military base in Armenia took part in a tactical exercise with live firing at the Kamkhud training ground in Shirak province on Tuesday, the press service of the Southern Military District reported.

During the drills, motor rifle units on BMP-2 infantry fighting vehicles repelled an attack of a simulated enemy and practised the evacuation of the wounded. Mi-24 helicopter crews flying from the Erebuni airbase in Yerevan provided air support, the press service said.

The district's headquarters in Rostov-on-Don added that a joint exercise with units of the Armenian army is scheduled for May at the Alagyaz range in Aragatsotn province.""",
[("GYUMRI","GYUMRI","location"),("Russia","RU","actor"),("Armenia","AM","location"),("Kamkhud","KAMKHUD","location"),("Shirak","SHIRAK","location"),
 ("Erebuni","EREBUNI","location"),("Yerevan","YEREVAN","location"),("Rostov-on-Don","ROSTOV","location"),("Alagyaz","ALAGYAZ","location"),("Aragatsotn","ARAGATSOTN","location")],
[("ex-kamkhud","exercise","SHIRAK",2,"2021-03-16","day",["Russia"],{"troops":500},"Over 500 servicemen of Russia's 102nd military base in Armenia took part in a tactical exercise with live firing at the Kamkhud training ground in Shirak province on Tuesday",True,[],["KAMKHUD","GYUMRI"]),
 ("ex-alagyaz","exercise","ALAGYAZ",2,"2021-05","month",["Russia","Armenia"],{},"a joint exercise with units of the Armenian army is scheduled for May at the Alagyaz range in Aragatsotn province",False)],
[("exercise","YEREVAN","the helicopters' home base, not the exercise"),("exercise","EREBUNI","origin of the helicopters"),("*","ROSTOV","the speaker's place")])

add("a05-ganja-brotherhood", "2025-05-12",
"""ISTANBUL (AA) - Türkiye and Azerbaijan have started joint military drills near Ganja, in western Azerbaijan, with the participation of up to 1,500 troops, the Turkish National Defense Ministry said Monday.

The "Indestructible Brotherhood-2025" exercise involves special forces, artillery batteries and Bayraktar TB2 drones and will continue until May 16, ministry spokesman Zeki Akturk told a weekly press briefing in Ankara.

Similar drills were held last year in the Nakhchivan Autonomous Republic and near Baku, he added. Ankara and Baku have steadily deepened military cooperation since Turkish drones and advisers helped Azerbaijan retake territory in the 2020 Karabakh war.""",
[("ISTANBUL","ISTANBUL","location"),("Türkiye","TR","actor"),("Azerbaijan","AZ","actor"),("Ganja","GANJA","location"),("Azerbaijan","AZ","location"),("Ankara","ANKARA","location"),
 ("Nakhchivan Autonomous Republic","NAKHCHIVAN_AR","location"),("Baku","BAKU","location"),("Ankara","ANKARA","actor"),("Baku","BAKU","actor"),("Azerbaijan","AZ","actor"),("Karabakh","KARABAKH","name")],
[("ex-ganja","exercise","GANJA",2,"2025-05-12","day",["Turkey","Azerbaijan"],{"troops":1500},"Türkiye and Azerbaijan have started joint military drills near Ganja, in western Azerbaijan, with the participation of up to 1,500 troops",True),
 ("ex-nakhchivan-2024","exercise","NAKHCHIVAN_AR",3,"2024","year",["Turkey","Azerbaijan"],{},"Similar drills were held last year in the Nakhchivan Autonomous Republic and near Baku",False),
 ("ex-baku-2024","exercise","BAKU",2,"2024","year",["Turkey","Azerbaijan"],{},"Similar drills were held last year in the Nakhchivan Autonomous Republic and near Baku",False)],
[("*","ISTANBUL","dateline"),("*","ANKARA","the briefing's place and the government")])

add("a06-tegh-statement", "2023-04-11",
"""Statement of the Ministry of Defence of the Republic of Armenia

On 11 April 2023, at around 16:00, units of the Armed Forces of Azerbaijan opened fire from various calibre weapons, including mortars, at Armenian servicemen carrying out engineering works near the village of Tegh, Syunik Province. As a result, four servicemen of the Armenian Armed Forces were killed and six others were wounded.

The Ministry of Defence rejects the information disseminated by Baku that the Armenian side fired first in the direction of Lachin. The Azerbaijani side bears full responsibility for this provocation.

The Ministry notes that the incident took place close to the post maintained by the Russian peacekeeping contingent on the Lachin corridor road and calls on the Russian Federation to ensure that the obligations under the trilateral statement of 9 November 2020 are fulfilled.""",
[("Armenia","AM","name|actor"),("Azerbaijan","AZ","name|actor"),("Tegh","TEGH","location"),("Syunik","SYUNIK","location"),("Baku","BAKU","actor"),("Lachin","LACHIN","location"),
 ("Lachin","LACHIN_CORRIDOR","location"),("Russian Federation","RU","actor")],
[("clash-tegh","clash","TEGH",2,"2023-04-11","day",["Azerbaijan","Armenia"],{"fatalities":4,"injured":6},"On 11 April 2023, at around 16:00, units of the Armed Forces of Azerbaijan opened fire from various calibre weapons, including mortars, at Armenian servicemen carrying out engineering works near the village of Tegh, Syunik Province",True,["As a result, four servicemen of the Armenian Armed Forces were killed and six others were wounded"]),
 ("dep-lachin-post","deployment","LACHIN_CORRIDOR",2,"","unknown",["Russia"],{},"the post maintained by the Russian peacekeeping contingent on the Lachin corridor road",False)],
[("*","BAKU","'disseminated by Baku': the government")])

add("a07-washington-liveblog", "2025-08-08",
"""Live: Armenia and Azerbaijan leaders at the White House

14:05 ET - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev have arrived at the White House, where President Donald Trump is hosting the two leaders for talks, the first three-way meeting of its kind.

15:30 ET - The three leaders have signed a joint declaration in Washington. Pashinyan and Aliyev also initialled the text of a peace treaty that their foreign ministers agreed in March; it still has to be signed and ratified.

15:42 ET - The declaration provides for a transit route across Armenia's Syunik province linking mainland Azerbaijan with its Nakhchivan exclave, to be developed with American companies.

16:10 ET - Moscow reacted cautiously, and Tehran, which has long opposed any corridor along its northern border, said it would study the text. The two neighbours fought wars over Karabakh in the early 1990s and in 2020.""",
[("Armenia","AM","actor"),("Azerbaijan","AZ","actor"),("White House","WHITE_HOUSE","location"),("White House","WHITE_HOUSE","location"),("Washington","WASHINGTON","location"),
 ("Armenia","AM","location|actor"),("Syunik","SYUNIK","location"),("Azerbaijan","AZ","location"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Moscow","MOSCOW","actor"),("Tehran","TEHRAN","actor"),("Karabakh","KARABAKH","location")],
[("meet-white-house","meeting","WASHINGTON",1,"2025-08-08","day",["Armenia","Azerbaijan","United States"],{},"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev have arrived at the White House",True,[],["WHITE_HOUSE"]),
 ("agr-washington","agreement","WASHINGTON",1,"2025-08-08","day",["Armenia","Azerbaijan","United States"],{},"The three leaders have signed a joint declaration in Washington",True,["Pashinyan and Aliyev also initialled the text of a peace treaty"],["WHITE_HOUSE"]),
 ("clash-karabakh-wars","clash","KARABAKH",3,"2020","year",["Armenia","Azerbaijan"],{},"The two neighbours fought wars over Karabakh in the early 1990s and in 2020",False)],
[("*","MOSCOW","government"),("*","TEHRAN","government"),("*","SYUNIK","a planned transit route, not an event")])

add("a08-fuzuli-antitank-mine", "2024-07-09",
"""Fuzuli, July 9, APA. Two employees of a road construction company were killed and one other was wounded after their truck hit an anti-tank mine in Fuzuli district yesterday, APA's local bureau reports.

The explosion happend at around 17:20 on the road between the villages of Ashagi Abdurrahmanli and Gorgan, in the territory liberated from occupation in 2020. The wounded man, born in 1991, was taken to the Fuzuli city hospital with shrapnel wounds. The Prosecutor General's Office launched a criminal case.

ANAMA said its teams were dispatched to the site this morning to clear the road. According to the agency, 386 people have become mine victims since November 2020, wheras the total number of victims since the First Karabakh War exceeds 3,400.""",
[("Fuzuli","FUZULI","location"),("Fuzuli","FUZULI_DIST","location"),("Ashagi Abdurrahmanli","ABDURRAHMANLI","location"),("Gorgan","GORGAN_FZ","location"),("Fuzuli","FUZULI","location"),("Karabakh","KARABAKH","name")],
[("inc-fuzuli-mine","incident","FUZULI_DIST",2,"2024-07-08","day",[],{"fatalities":2,"injured":1},"Two employees of a road construction company were killed and one other was wounded after their truck hit an anti-tank mine in Fuzuli district yesterday",True,["The explosion happend at around 17:20 on the road between the villages of Ashagi Abdurrahmanli and Gorgan"],["ABDURRAHMANLI","GORGAN_FZ"]),
 ("dep-fuzuli-demining","deployment","FUZULI_DIST",2,"2024-07-09","day",["Azerbaijan"],{},"ANAMA said its teams were dispatched to the site this morning to clear the road",False,[],["ABDURRAHMANLI","GORGAN_FZ"])],
[("*","GORGAN_IR","Gorgan here is a village of Fuzuli district, not the Iranian city")])

add("a09-margara-feature", "2024-07-31",
"""At Margara, a gate on a border closed for thirty years

The special envoys of Armenia and Turkey, Ruben Rubinyan and Serdar Kılıç, met on Tuesday at the Margara crossing on the two countries' shut border, their fifth round of talks since the normalisation process began in 2022. They agreed to keep working on opening the crossing to third-country nationals and diplomats, a joint statement said.

The border has been closed since 1993, when Ankara sealed it in solidarity with Azerbaijan after Armenian forces captured Kalbajar during the first Karabakh war. Its line still follows the Treaty of Kars, signed in 1921.

The gate opened briefly in February 2023, when Armenian trucks carried aid to earthquake-hit Adıyaman. Traders in Gyumri and Iğdır say an open border would halve the cost of goods that now travel through Georgia.""",
[("Margara","MARGARA","location"),("Armenia","AM","actor"),("Turkey","TR","actor"),("Margara","MARGARA","location"),("Ankara","ANKARA","actor"),("Azerbaijan","AZ","actor"),
 ("Kalbajar","KALBAJAR","location"),("Karabakh","KARABAKH","name"),("Kars","KARS","name"),("Adıyaman","ADIYAMAN","location"),("Gyumri","GYUMRI","location"),("Iğdır","IGDIR","location"),("Georgia","GE","location")],
[("meet-margara","meeting","MARGARA",2,"2024-07-30","day",["Armenia","Turkey"],{},"The special envoys of Armenia and Turkey, Ruben Rubinyan and Serdar Kılıç, met on Tuesday at the Margara crossing",True),
 ("clash-kalbajar-1993","clash","KALBAJAR",2,"1993","year",["Armenia","Azerbaijan"],{},"after Armenian forces captured Kalbajar during the first Karabakh war",False),
 ("agr-kars-1921","agreement","KARS",1,"1921","year",[],{},"Its line still follows the Treaty of Kars, signed in 1921",False)],
[("*","ANKARA","government"),("deployment","ADIYAMAN","an aid convoy, not troops"),("*","GA_US","Georgia the country, not the US state")])

add("a10-dushanbe-afp", "2025-10-09",
"""Dushanbe (AFP) - Russian President Vladimir Putin told Azerbaijan's Ilham Aliyev on Thursday that Russian air defences were to blame for the crash of an Azerbaijan Airlines plane in December, as the two met on the sidelines of a summit in the Tajik capital.

The Embraer jet, flying from Baku to Grozny, was hit by fragments of missiles fired at Ukrainian drones over Chechnya on December 25 and crashed near Aktau in Kazakhstan as it attempted an emergency landing, killing 38 of the 67 people on board.

Relations between Moscow and Baku had sunk to their lowest point in decades after the crash and the deaths of two Azerbaijani brothers during a police raid in Yekaterinburg in June. Aliyev thanked Putin for what he called a frank conversation, and the two agreed that their defence ministers would meet in Moscow before the end of the year.""",
[("Dushanbe","DUSHANBE","location"),("Azerbaijan","AZ","actor"),("Azerbaijan","AZ","name"),("Baku","BAKU","location"),("Grozny","GROZNY","location"),("Chechnya","CHECHNYA","location"),
 ("Aktau","AKTAU","location"),("Kazakhstan","KZ","location"),("Moscow","MOSCOW","actor"),("Baku","BAKU","actor"),("Yekaterinburg","YEKATERINBURG","location"),("Moscow","MOSCOW","location")],
[("meet-dushanbe","meeting","DUSHANBE",1,"2025-10-09","day",["Russia","Azerbaijan"],{},"Russian President Vladimir Putin told Azerbaijan's Ilham Aliyev on Thursday that Russian air defences were to blame for the crash of an Azerbaijan Airlines plane in December, as the two met on the sidelines of a summit in the Tajik capital",True),
 ("clash-chechnya-airliner","clash","CHECHNYA",3,"2024-12-25","day",["Russia"],{},"was hit by fragments of missiles fired at Ukrainian drones over Chechnya on December 25",False,[],["GROZNY"]),
 ("inc-aktau-crash","incident","AKTAU",2,"2024-12-25","day",[],{"fatalities":38},"crashed near Aktau in Kazakhstan as it attempted an emergency landing, killing 38 of the 67 people on board",False),
 ("meet-moscow-ministers","meeting","MOSCOW",1,"2025","year",["Russia","Azerbaijan"],{},"the two agreed that their defence ministers would meet in Moscow before the end of the year",False)],
[("*","BAKU","the flight's origin and the government")])

# ---------------- ACLED-style one-paragraph event notes (8) ----------------
add("b01-acled-khnatsakh", "2024-03-19",
"""On 12 March 2024, Azerbaijani military forces fired small arms at Armenian military positions near Khnatsakh (Goris, Syunik). No casualties were reported, although local residents said bullets hit the roof of a barn on the eastern edge of the village. The Azerbaijani Ministry of Defence denied the report and stated that Armenian forces had fired first at its positions in Lachin district, which it described as having been "suppressed". Fatalities: 0.""",
[("Khnatsakh","KHNATSAKH","location"),("Goris","GORIS","location"),("Syunik","SYUNIK","location"),("Lachin","LACHIN","location")],
[("clash-khnatsakh","clash","GORIS",2,"2024-03-12","day",["Azerbaijan","Armenia"],{},"On 12 March 2024, Azerbaijani military forces fired small arms at Armenian military positions near Khnatsakh (Goris, Syunik)",True,[],["KHNATSAKH","SYUNIK"]),
 ("clash-lachin-claim","clash","LACHIN",2,"2024-03-12","day",["Armenia","Azerbaijan"],{},"Armenian forces had fired first at its positions in Lachin district",False)],
[])

add("b02-acled-sughovushan-mine", "2024-05-13",
"""On 5 May 2024, a civilian man was killed and another was injured when a landmine left over from the conflict exploded near Sugovushan (Tartar, Azerbaijan) while they were herding cattle. The area was under the control of Armenian forces from 1994 until Azerbaijani forces retook it in October 2020. Demining teams of the Mine Action Agency were sent to the site. Fatalities: 1.""",
[("Sugovushan","SUGOVUSHAN","location"),("Tartar","TARTAR","location"),("Azerbaijan","AZ","location")],
[("inc-sugovushan","incident","TARTAR",2,"2024-05-05","day",[],{"fatalities":1,"injured":1},"On 5 May 2024, a civilian man was killed and another was injured when a landmine left over from the conflict exploded near Sugovushan (Tartar, Azerbaijan)",True,[],["SUGOVUSHAN"]),
 ("clash-sugovushan-2020","clash","TARTAR",2,"2020-10","month",["Azerbaijan","Armenia"],{},"until Azerbaijani forces retook it in October 2020",False,[],["SUGOVUSHAN"]),
 ("dep-sugovushan-demining","deployment","TARTAR",2,"2024-05-05","day",["Azerbaijan"],{},"Demining teams of the Mine Action Agency were sent to the site",False,[],["SUGOVUSHAN"])],
[])

add("b03-acled-berd-noyemberyan", "2022-11-01",
"""On 29 October 2022, Azerbaijani military forces fired at Armenian military positions and the outskirts of Noyemberyan (Noyemberyan, Tavush) with large-calibre weapons, damaging a school building. The Armenian Ministry of Defence reported that the firing lasted about 40 minutes. On the same day, the Azerbaijani Ministry of Defence claimed that Armenian forces had shelled its positions in Gazakh district from the direction of Berd. No fatalities were reported.""",
[("Noyemberyan","NOYEMBERYAN","location"),("Noyemberyan","NOYEMBERYAN_MUN","location"),("Tavush","TAVUSH","location"),("Gazakh","GAZAKH","location"),("Berd","BERD","location")],
[("clash-noyemberyan","clash","NOYEMBERYAN",1,"2022-10-29","day",["Azerbaijan","Armenia"],{},"On 29 October 2022, Azerbaijani military forces fired at Armenian military positions and the outskirts of Noyemberyan (Noyemberyan, Tavush) with large-calibre weapons",True),
 ("clash-gazakh-claim","clash","GAZAKH",2,"2022-10-29","day",["Armenia","Azerbaijan"],{},"Armenian forces had shelled its positions in Gazakh district from the direction of Berd",False)],
[])

add("b04-acled-abu-shouk", "2024-08-19",
"""On 10 August 2024, RSF fired artillery shells at Abu Shouk IDP camp in El Fasher (El Fasher, North Darfur), killing at least 12 civilians and injuring up to 30. On the same day, SAF warplanes struck RSF positions in Mellit town (Mellit, North Darfur), north of El Fasher, reportedly killing 5 RSF fighters. The camp shelters tens of thousands of people displaced by earlier fighting in the state. Fatalities: 12 (camp); 5 (Mellit).""",
[("Abu Shouk","ABU_SHOUK","location"),("El Fasher","EL_FASHER","location"),("El Fasher","EL_FASHER","location"),("North Darfur","NORTH_DARFUR","location"),("Mellit","MELLIT","location"),("Mellit","MELLIT","location"),("North Darfur","NORTH_DARFUR","location"),("El Fasher","EL_FASHER","location"),("Mellit","MELLIT","location")],
[("clash-abu-shouk","clash","EL_FASHER",2,"2024-08-10","day",["RSF"],{"fatalities":12,"injured":30},"On 10 August 2024, RSF fired artillery shells at Abu Shouk IDP camp in El Fasher (El Fasher, North Darfur), killing at least 12 civilians and injuring up to 30",True,[],["ABU_SHOUK"]),
 ("clash-mellit","clash","MELLIT",1,"2024-08-10","day",["Sudan","RSF"],{"fatalities":5},"On the same day, SAF warplanes struck RSF positions in Mellit town (Mellit, North Darfur), north of El Fasher, reportedly killing 5 RSF fighters",True)],
[])

add("b05-acled-barsalogho", "2024-09-02",
"""On 24 August 2024, JNIM militants attacked civilians and VDP members who were digging defensive trenches on the outskirts of Barsalogho (Barsalogho, Sanmatenga, Centre-Nord), killing between 150 and 400 people according to different sources. The attackers arrived on motorcycles from the north and shot at the diggers for several hours. The army had ordered residents to dig the trenches days earlier. Fatalities: 150 (lowest estimate).""",
[("Barsalogho","BARSALOGHO","location"),("Barsalogho","BARSALOGHO","location"),("Sanmatenga","SANMATENGA","location"),("Centre-Nord","CENTRE_NORD","location")],
[("clash-barsalogho","clash","SANMATENGA",2,"2024-08-24","day",["JNIM"],{"fatalities":150},"On 24 August 2024, JNIM militants attacked civilians and VDP members who were digging defensive trenches on the outskirts of Barsalogho (Barsalogho, Sanmatenga, Centre-Nord), killing between 150 and 400 people according to different sources",True,[],["BARSALOGHO","CENTRE_NORD"])],
[])

add("b06-acled-mung-lai-hkyet", "2023-10-16",
"""On 9 October 2023, the Myanmar military reportedly fired an artillery shell that hit Mung Lai Hkyet IDP camp near Laiza (Momauk, Kachin), killing at least 29 civilians, including 11 children, and injuring 57 others. The KIA said the strike came from a military battalion base in Gangdau Yang. The military denied responsibility and claimed that the explosion was caused by explosives stored in the camp. Fatalities: 29.""",
[("Mung Lai Hkyet","MUNG_LAI_HKYET","location"),("Laiza","LAIZA","location"),("Momauk","MOMAUK","location"),("Kachin","KACHIN","location"),("Gangdau Yang","GANGDAU_YANG","location")],
[("clash-mung-lai-hkyet","clash","MOMAUK",2,"2023-10-09","day",["Myanmar"],{"fatalities":29,"injured":57},"On 9 October 2023, the Myanmar military reportedly fired an artillery shell that hit Mung Lai Hkyet IDP camp near Laiza (Momauk, Kachin), killing at least 29 civilians, including 11 children, and injuring 57 others",True,[],["MUNG_LAI_HKYET","LAIZA","KACHIN"])],
[("*","GANGDAU_YANG","where the shell was fired from, not where it hit")])

add("b07-acled-masala", "2024-06-17",
"""On 7 June 2024, ADF militants attacked Masala village (Beni, Nord-Kivu) with machetes and firearms, killing at least 40 civilians and setting houses on fire. Several people were abducted. FARDC and UPDF troops deployed to the area the following day. The attack is one of a series of ADF raids on villages west of Beni since the joint Congolese-Ugandan operation began in late 2021. Fatalities: 40.""",
[("Masala","MASALA","location"),("Beni","BENI","location"),("Nord-Kivu","NORTH_KIVU","location"),("Beni","BENI","location")],
[("clash-masala","clash","BENI",2,"2024-06-07","day",["ADF"],{"fatalities":40},"On 7 June 2024, ADF militants attacked Masala village (Beni, Nord-Kivu) with machetes and firearms, killing at least 40 civilians and setting houses on fire",True,[],["MASALA"]),
 ("dep-masala","deployment","BENI",2,"2024-06-08","day",["DR Congo","Uganda"],{},"FARDC and UPDF troops deployed to the area the following day",False,[],["MASALA"])],
[])

add("b08-acled-awdheegle", "2025-03-17",
"""On 10 March 2025, al-Shabaab militants detonated a vehicle-borne IED at the gate of an SNA base in Awdheegle town (Awdheegle, Lower Shabelle) and then stormed the base, killing at least 7 soldiers. Al-Shabaab claimed to have killed 'dozens'. SNA and Danab forces, supported by AUSSOM troops sent from Afgooye, recaptured the base later the same day. Fatalities: 7 (SNA); unknown number of militants.""",
[("Awdheegle","AWDHEEGLE","location"),("Awdheegle","AWDHEEGLE","location"),("Lower Shabelle","LOWER_SHABELLE","location"),("Afgooye","AFGOOYE","location")],
[("clash-awdheegle","clash","LOWER_SHABELLE",2,"2025-03-10","day",["al-Shabaab","Somalia"],{"fatalities":7},"On 10 March 2025, al-Shabaab militants detonated a vehicle-borne IED at the gate of an SNA base in Awdheegle town (Awdheegle, Lower Shabelle) and then stormed the base, killing at least 7 soldiers",True,["SNA and Danab forces, supported by AUSSOM troops sent from Afgooye, recaptured the base later the same day"],["AWDHEEGLE"]),
 ("inc-awdheegle-vbied","incident","LOWER_SHABELLE",2,"2025-03-10","day",["al-Shabaab"],{},"al-Shabaab militants detonated a vehicle-borne IED at the gate of an SNA base in Awdheegle town",False,[],["AWDHEEGLE"])],
[("*","AFGOOYE","where the reinforcements came from")])

# ---------------- Other wars (12) ----------------
add("c01-odesa-drones-kyivindependent", "2024-11-25",
"""Russian drone attack on Odesa injures 10, damages port warehouse

Russian forces attacked Odesa with Shahed-type drones overnight, striking the city at around 2 a.m. and injuring at least 10 people, including two children, Odesa Oblast Governor Oleh Kiper reported on Nov. 25.

Debris fell on a residential building in the city's Kyivskyi district, and a fire broke out at a port warehouse, Kiper said. Ukraine's Air Force said it had downed 50 of the 73 drones launched overnight from Russia's Kursk and Bryansk oblasts and from Primorsko-Akhtarsk in Krasnodar Krai.

Moscow has not commented on the attack. Russia has repeatedly targeted Odesa and its ports since it pulled out of the Black Sea grain deal in July 2023.""",
[("Odesa","ODESA","location"),("Odesa","ODESA","location"),("Odesa Oblast","ODESA_OBL","location|name"),("Ukraine","UA","name|actor"),("Russia","RU","location"),("Kursk","KURSK_OBL","location"),("Bryansk","BRYANSK_OBL","location"),
 ("Primorsko-Akhtarsk","PRIMORSKO_AKHTARSK","location"),("Krasnodar Krai","KRASNODAR_KRAI","location"),("Moscow","MOSCOW","actor"),("Russia","RU","actor"),("Odesa","ODESA","location"),("Black Sea","BLACK_SEA","name")],
[("clash-odesa-drones","clash","ODESA",1,"2024-11-25","day",["Russia"],{"injured":10},"Russian forces attacked Odesa with Shahed-type drones overnight, striking the city at around 2 a.m. and injuring at least 10 people",True,["Debris fell on a residential building in the city's Kyivskyi district, and a fire broke out at a port warehouse"])],
[("*","KYIV","'Kyivskyi district' is a district of Odesa"),("*","KURSK_OBL","launch area"),("*","BRYANSK_OBL","launch area"),("*","PRIMORSKO_AKHTARSK","launch area"),("*","MOSCOW","government")])

add("c02-kursk-isw", "2025-03-10",
"""Russian forces continued offensive operations in Kursk Oblast on March 9 and recently advanced into Sudzha, the largest town Ukrainian forces have held since their incursion in August 2024. Geolocated footage published on March 9 indicates that Russian forces advanced into southeastern Malaya Loknya, northwest of Sudzha. Prominent Russian milbloggers claimed that Russian special forces moved through a disused gas pipeline to reach the outskirts of Sudzha, but ISW cannot independently verify this claim. The Russian Ministry of Defense claimed on March 9 that Russian forces seized three further villages north of Sudzha. Kyiv has denied that Ukrainian forces in the salient are encircled. Russian forces also continued assaults near Pokrovsk and Toretsk in Donetsk Oblast on March 9 but did not make confirmed advances.""",
[("Kursk Oblast","KURSK_OBL","location"),("Sudzha","SUDZHA","location"),("Malaya Loknya","MALAYA_LOKNYA","location"),("Sudzha","SUDZHA","location"),("Sudzha","SUDZHA","location"),("Sudzha","SUDZHA","location"),
 ("Kyiv","KYIV","actor"),("Pokrovsk","POKROVSK","location"),("Toretsk","TORETSK","location"),("Donetsk Oblast","DONETSK_OBL","location")],
[("clash-sudzha","clash","SUDZHA",2,"2025-03-09","day",["Russia","Ukraine"],{},"Russian forces continued offensive operations in Kursk Oblast on March 9 and recently advanced into Sudzha",True,["Prominent Russian milbloggers claimed that Russian special forces moved through a disused gas pipeline to reach the outskirts of Sudzha"],["KURSK_OBL"]),
 ("clash-malaya-loknya","clash","MALAYA_LOKNYA",2,"2025-03-09","day",["Russia","Ukraine"],{},"Geolocated footage published on March 9 indicates that Russian forces advanced into southeastern Malaya Loknya, northwest of Sudzha",False,[],["SUDZHA"]),
 ("clash-north-of-sudzha","clash","SUDZHA",2,"2025-03-09","day",["Russia","Ukraine"],{},"The Russian Ministry of Defense claimed on March 9 that Russian forces seized three further villages north of Sudzha",False),
 ("clash-kursk-incursion","clash","KURSK_OBL",3,"2024-08","month",["Ukraine","Russia"],{},"the largest town Ukrainian forces have held since their incursion in August 2024",False),
 ("clash-pokrovsk","clash","POKROVSK",2,"2025-03-09","day",["Russia","Ukraine"],{},"Russian forces also continued assaults near Pokrovsk and Toretsk in Donetsk Oblast on March 9",True),
 ("clash-toretsk","clash","TORETSK",2,"2025-03-09","day",["Russia","Ukraine"],{},"Russian forces also continued assaults near Pokrovsk and Toretsk in Donetsk Oblast on March 9",True)],
[("*","KYIV","'Kyiv has denied': the government")])

add("c03-lviv-shakhtar-feature", "2024-09-05",
"""In Lviv, football goes on between the sirens

LVIV, Ukraine - Hours after Russian missiles and drones struck the centre of Lviv before dawn on Wednesday, killing seven people including three sisters, staff at the Arena Lviv stadium were again preparing for a match. Shakhtar Donetsk, who have not played at home in Donetsk since 2014, when Russian-backed separatists seized the city, now host their opponents here in western Ukraine, more than 1,000 kilometres from their old ground.

The strike on Lviv, which Kyiv said damaged more than 50 historic buildings, came a day after two ballistic missiles hit a military institute in Poltava, killing at least 50 people.

Last Saturday, Shakhtar's league game against Dynamo Kyiv was halted twice as players and the 5,000 spectators went down to the shelter under the stands.""",
[("Lviv","LVIV","location"),("LVIV","LVIV","location"),("Ukraine","UA","location"),("Lviv","LVIV","location"),("Lviv","LVIV","name|location"),("Donetsk","DONETSK","name"),("Donetsk","DONETSK","location"),
 ("Ukraine","UA","location"),("Lviv","LVIV","location"),("Kyiv","KYIV","actor"),("Poltava","POLTAVA","location"),("Kyiv","KYIV","name")],
[("clash-lviv","clash","LVIV",1,"2024-09-04","day",["Russia"],{"fatalities":7},"Hours after Russian missiles and drones struck the centre of Lviv before dawn on Wednesday, killing seven people including three sisters",True),
 ("clash-poltava","clash","POLTAVA",1,"2024-09-03","day",["Russia"],{"fatalities":50},"came a day after two ballistic missiles hit a military institute in Poltava, killing at least 50 people",True),
 ("clash-donetsk-2014","clash","DONETSK",1,"2014","year",["Russia"],{},"when Russian-backed separatists seized the city",False)],
[("*","KYIV","'Kyiv said' is the government; 'Dynamo Kyiv' is a club")])

add("c04-wad-madani-reuters", "2025-01-12",
"""PORT SUDAN, Jan 12 (Reuters) - Sudan's army said on Sunday it had recaptured Wad Madani, the capital of Gezira state, from the paramilitary Rapid Support Forces, one of its biggest gains since the war broke out in April 2023.

Army units and allied fighters entered the city from the east and south on Saturday after heavy fighting on its outskirts, a military spokesman said. The RSF, which seized Wad Madani in December 2023, said its forces had withdrawn to spare civilians.

On Friday, RSF drones struck a power station near Atbara in River Nile state, cutting electricity to several cities, the state electricity company said. Celebrations broke out in Omdurman and Atbara late on Saturday. The army-aligned government has been based in Port Sudan since the RSF overran most of Khartoum.""",
[("PORT SUDAN","PORT_SUDAN","location"),("Sudan","SD","actor"),("Wad Madani","WAD_MEDANI","location"),("Gezira","GEZIRA","location"),("Wad Madani","WAD_MEDANI","location"),("Atbara","ATBARA","location"),
 ("River Nile","RIVER_NILE","location"),("Omdurman","OMDURMAN","location"),("Atbara","ATBARA","location"),("Port Sudan","PORT_SUDAN","location"),("Khartoum","KHARTOUM","location")],
[("clash-wad-madani","clash","WAD_MEDANI",1,"2025-01-11","day",["Sudan","RSF"],{},"Army units and allied fighters entered the city from the east and south on Saturday after heavy fighting on its outskirts",True,["Sudan's army said on Sunday it had recaptured Wad Madani, the capital of Gezira state, from the paramilitary Rapid Support Forces"]),
 ("clash-wad-madani-2023","clash","WAD_MEDANI",1,"2023-12","month",["RSF","Sudan"],{},"The RSF, which seized Wad Madani in December 2023",False),
 ("clash-atbara-drones","clash","ATBARA",2,"2025-01-10","day",["RSF"],{},"On Friday, RSF drones struck a power station near Atbara in River Nile state",True),
 ("clash-khartoum-overrun","clash","KHARTOUM",1,"","unknown",["RSF"],{},"since the RSF overran most of Khartoum",False)],
[("*","PORT_SUDAN","dateline and seat of government"),("*","OMDURMAN","celebrations, not an event")])

add("c05-zamzam-ocha", "2025-04-14",
"""SUDAN: Attacks on Zamzam IDP camp and El Fasher - Flash Update No. 2 (14 April 2025)

KEY HIGHLIGHTS
- Between 11 and 13 April, the Rapid Support Forces (RSF) attacked Zamzam IDP camp, about 15 km south of El Fasher in North Darfur State, as well as parts of El Fasher town. Local sources report that more than 100 civilians were killed, among them at least nine staff of a humanitarian organization running a clinic in the camp.
- On 13 April, the RSF announced that it had taken full control of the camp.
- According to IOM's Displacement Tracking Matrix (DTM), up to 400,000 people have fled Zamzam since 11 April, most of them to El Fasher and to Tawila, about 60 km west of the camp.
- Partners in Tawila report critical shortages of water, food and shelter. An inter-agency mission will travel to Tawila as soon as security allows.""",
[("SUDAN","SD","location"),("Zamzam","ZAMZAM","location"),("El Fasher","EL_FASHER","location"),("Zamzam","ZAMZAM","location"),("El Fasher","EL_FASHER","location"),("North Darfur","NORTH_DARFUR","location"),
 ("El Fasher","EL_FASHER","location"),("Zamzam","ZAMZAM","location"),("El Fasher","EL_FASHER","location"),("Tawila","TAWILA","location"),("Tawila","TAWILA","location"),("Tawila","TAWILA","location")],
[("clash-zamzam","clash","EL_FASHER",2,"2025-04-11","day",["RSF"],{"fatalities":100},"Between 11 and 13 April, the Rapid Support Forces (RSF) attacked Zamzam IDP camp, about 15 km south of El Fasher in North Darfur State, as well as parts of El Fasher town",True,["Local sources report that more than 100 civilians were killed, among them at least nine staff of a humanitarian organization running a clinic in the camp"],["ZAMZAM","NORTH_DARFUR"]),
 ("clash-zamzam-control","clash","ZAMZAM",1,"2025-04-13","day",["RSF"],{},"On 13 April, the RSF announced that it had taken full control of the camp",False,[],["EL_FASHER"])],
[("*","TAWILA","where the displaced fled to"),("deployment","TAWILA","a planned humanitarian mission, not troops")])

add("c06-fambita-niger-afp", "2025-03-22",
"""NIAMEY (AFP) - Jihadists killed at least 44 civilians in an attack on a mosque during Friday prayers in the village of Fambita in western Niger's Tillaberi region, the government said Saturday.

The assailants, whom the interior ministry blamed on the Islamic State in the Greater Sahara (ISGS), surrounded the mosque in the rural commune of Kokorou at around 2:00 pm on Friday and also set fire to a market and several houses, the ministry said. Thirteen people were wounded.

Niamey declared three days of national mourning. The so-called tri-border area, where Niger, Mali and Burkina Faso meet, has been hit by repeated jihadist attacks since 2015. The military juntas now ruling the three countries expelled French troops and formed the Alliance of Sahel States, which in January announced a joint force of 5,000 soldiers.""",
[("NIAMEY","NIAMEY","location"),("Fambita","FAMBITA","location"),("Niger","NE","location"),("Tillaberi","TILLABERI_REG","location"),("Greater Sahara","SAHARA","name"),("Kokorou","KOKOROU","location"),
 ("Niamey","NIAMEY","actor"),("Niger","NE","location"),("Mali","ML","location"),("Burkina Faso","BF","location"),("Sahel","SAHEL","name")],
[("clash-fambita","clash","TILLABERI_REG",2,"2025-03-21","day",["ISGS"],{"fatalities":44,"injured":13},"Jihadists killed at least 44 civilians in an attack on a mosque during Friday prayers in the village of Fambita in western Niger's Tillaberi region",True,["surrounded the mosque in the rural commune of Kokorou at around 2:00 pm on Friday and also set fire to a market and several houses"],["FAMBITA","KOKOROU"]),
 ("dep-aes-force","deployment","SAHEL",3,"2025-01","month",["Niger","Mali","Burkina Faso"],{"troops":5000},"which in January announced a joint force of 5,000 soldiers",False)],
[("*","NIAMEY","dateline and government")])

add("c07-tinzaouaten-feature", "2024-07-29",
"""Wagner's worst defeat in Africa: what happened at Tinzaouaten

The fighting around Tinzaouaten, a small town in Mali's Kidal region on the border with Algeria, lasted three days, from July 25 to July 27. Tuareg-led rebels of the Strategic Framework for the Defence of the People of Azawad (CSP-DPA), reportedly joined by JNIM jihadists, ambushed a column of Malian soldiers and Russian Wagner fighters in a sandstorm and later shot down a helicopter. The rebels said dozens of Wagner fighters were killed; Wagner-linked Telegram channels admitted heavy losses.

The column had been sent north after Malian and Russian forces took Kidal in November 2023, a town held by rebels since 2012. In January 2024 Bamako tore up the 2015 Algiers Accord, accusing Algeria of interfering, and Moscow has since begun folding Wagner into a new Africa Corps under its defence ministry.""",
[("Tinzaouaten","TINZAOUATEN","location"),("Tinzaouaten","TINZAOUATEN","location"),("Mali","ML","location"),("Kidal","KIDAL_REG","location"),("Algeria","DZ","location"),("Azawad","AZAWAD","name"),("Africa","AFRICA","location"),
 ("Kidal","KIDAL","location"),("Bamako","BAMAKO","actor"),("Algiers","ALGIERS","name"),("Algeria","DZ","actor"),("Moscow","MOSCOW","actor"),("Africa","AFRICA","name")],
[("clash-tinzaouaten","clash","KIDAL_REG",2,"2024-07-25","day",["CSP-DPA","Mali","Wagner"],{},"The fighting around Tinzaouaten, a small town in Mali's Kidal region on the border with Algeria, lasted three days, from July 25 to July 27",True,["ambushed a column of Malian soldiers and Russian Wagner fighters in a sandstorm and later shot down a helicopter"],["TINZAOUATEN"]),
 ("clash-kidal-2023","clash","KIDAL",1,"2023-11","month",["Mali","Wagner"],{},"after Malian and Russian forces took Kidal in November 2023",False),
 ("clash-kidal-2012","clash","KIDAL",1,"2012","year",[],{},"a town held by rebels since 2012",False)],
[("*","BAMAKO","government"),("*","MOSCOW","government"),("*","ALGIERS","name of an accord"),("*","DZ","a border and an accused government, not an event place")])

add("c08-myawaddy-wire", "2024-04-11",
"""MAE SOT, Thailand - Karen rebels said on Thursday they had overrun the last army base defending Myawaddy, a trading town on Myanmar's eastern border, after a siege of more than a week.

About 200 soldiers of Light Infantry Battalion 275 retreated to the riverbank near the border bridge that links the town with Mae Sot, a spokesman for the Karen National Union said. The rebels, who have fought for autonomy since 1949, are part of a wider armed resistance that has spread across Myanmar since the military seized power in a coup in February 2021.

Naypyitaw denied that the town had fallen and said its troops were regrouping. Thailand's army said it had deployed additional troops along the Moei river in Tak province and was ready to shelter up to 100,000 people fleeing the fighting.""",
[("MAE SOT","MAE_SOT","location"),("Thailand","TH","location"),("Myawaddy","MYAWADDY","location"),("Myanmar","MM","location"),("Mae Sot","MAE_SOT","location"),
 ("Myanmar","MM","location"),("Naypyitaw","NAYPYITAW","actor"),("Thailand","TH","actor"),("Moei","MOEI","location"),("Tak","TAK","location")],
[("clash-myawaddy","clash","MYAWADDY",2,"2024-04-11","day",["KNU","Myanmar"],{},"Karen rebels said on Thursday they had overrun the last army base defending Myawaddy",True),
 ("dep-tak","deployment","TAK",2,"2024-04-11","day",["Thailand"],{},"Thailand's army said it had deployed additional troops along the Moei river in Tak province",False,[],["MOEI","MAE_SOT"])],
[("clash","MAE_SOT","dateline; the bridge links the town with Mae Sot"),("*","NAYPYITAW","government")])

add("c09-lebanon-liveblog", "2024-11-26",
"""Israel-Hezbollah war: live updates

09:40 GMT - Israeli warplanes struck more than 20 targets in Beirut's southern suburbs this morning, after the army ordered residents of buildings in Haret Hreik and Ghobeiry to leave. No casualties have been reported so far.

11:15 GMT - Hezbollah said it fired a barrage of rockets earlier today at a military base near Kiryat Shmona in northern Israel. Sirens sounded across the Galilee.

13:05 GMT - Lebanon's health ministry says at least 12 people were killed in Israeli strikes on villages in the Tyre and Nabatieh districts on Monday night.

16:30 GMT - Israel's security cabinet is meeting to vote on a ceasefire brokered by Washington and Paris. Under the draft, the Lebanese army would deploy around 5,000 troops south of the Litani river within 60 days.""",
[("Israel","IL","name"),("Beirut","BEIRUT","location"),("Haret Hreik","HARET_HREIK","location"),("Ghobeiry","GHOBEIRY","location"),("Kiryat Shmona","KIRYAT_SHMONA","location"),("Israel","IL","location"),("Galilee","GALILEE","location"),
 ("Lebanon","LB","name|actor"),("Tyre","TYRE","location"),("Nabatieh","NABATIEH","location"),("Israel","IL","actor"),("Washington","WASHINGTON","actor"),("Paris","PARIS","actor"),("Litani","LITANI","location")],
[("clash-dahiyeh","clash","BEIRUT",2,"2024-11-26","day",["Israel"],{},"Israeli warplanes struck more than 20 targets in Beirut's southern suburbs this morning",True,[],["HARET_HREIK","GHOBEIRY"]),
 ("clash-kiryat-shmona","clash","KIRYAT_SHMONA",2,"2024-11-26","day",["Hezbollah"],{},"Hezbollah said it fired a barrage of rockets earlier today at a military base near Kiryat Shmona in northern Israel",True,[],["IL"]),
 ("clash-tyre-nabatieh","clash","TYRE",2,"2024-11-25","day",["Israel"],{"fatalities":12},"Lebanon's health ministry says at least 12 people were killed in Israeli strikes on villages in the Tyre and Nabatieh districts on Monday night",True,[],["NABATIEH"]),
 ("dep-litani","deployment","LITANI",3,"","unknown",["Lebanon"],{"troops":5000},"the Lebanese army would deploy around 5,000 troops south of the Litani river within 60 days",False)],
[("*","WASHINGTON","mediator government"),("*","PARIS","mediator government"),("agreement","IL","the cabinet has not yet approved the ceasefire")])

add("c10-nuseirat-ap", "2024-06-09",
"""DEIR AL-BALAH, Gaza Strip (AP) - Israeli forces rescued four hostages in a daytime raid on Saturday on the Nuseirat refugee camp in central Gaza, an operation that Gaza's Health Ministry said killed at least 274 Palestinians, including 64 children, and wounded nearly 700 more.

Special forces units stormed two apartment buildings where the hostages were being held while warplanes and tanks pounded the surrounding streets, the military said. One Israeli officer was killed. The four were flown by helicopter to a hospital near Tel Aviv.

The hostages had been abducted on Oct. 7 from a music festival near Kibbutz Re'im, where militants killed more than 360 people. Hamas said some other hostages were killed in the raid; Israel did not confirm the claim.""",
[("DEIR AL-BALAH","DEIR_AL_BALAH","location"),("Gaza Strip","GAZA_STRIP","location"),("Nuseirat","NUSEIRAT","location"),("Gaza","GAZA_STRIP","location"),("Gaza","GAZA_STRIP","name|actor"),("Tel Aviv","TEL_AVIV","location"),
 ("Re'im","REIM","location"),("Israel","IL","actor")],
[("clash-nuseirat","clash","NUSEIRAT",2,"2024-06-08","day",["Israel","Hamas"],{"fatalities":274,"injured":700},"Israeli forces rescued four hostages in a daytime raid on Saturday on the Nuseirat refugee camp in central Gaza, an operation that Gaza's Health Ministry said killed at least 274 Palestinians",True,["Special forces units stormed two apartment buildings where the hostages were being held while warplanes and tanks pounded the surrounding streets"],["GAZA_STRIP"]),
 ("clash-reim-oct7","clash","REIM",2,"2023-10-07","day",["Hamas"],{"fatalities":360},"The hostages had been abducted on Oct. 7 from a music festival near Kibbutz Re'im, where militants killed more than 360 people",False)],
[("*","TEL_AVIV","the hospital the hostages were flown to")])

add("c11-ras-isa-afp", "2025-04-18",
"""Sanaa (AFP) - American strikes on the Ras Isa fuel port in Yemen's western Hodeida province killed at least 74 people and wounded 171 on Thursday night, the Houthi-run health ministry said Friday, the deadliest attack since Washington stepped up its campaign against the rebels last month.

Rebel television showed burning fuel tanks and bodies on the quayside. American military officials said the strikes were meant to cut a source of fuel and revenue for the Iran-backed Houthis.

The rebels said they fired a ballistic missile at Ben Gurion airport near Tel Aviv in response; the Israeli army said it intercepted the missile. The Houthis have attacked ships in the Red Sea and the Gulf of Aden since November 2023 in what they call solidarity with Palestinians in Gaza.""",
[("Sanaa","SANAA","location"),("Ras Isa","RAS_ISA","location"),("Yemen","YE","location"),("Hodeida","HODEIDAH_PROV","location"),("Washington","WASHINGTON","actor"),("Iran","IR","actor"),
 ("Ben Gurion airport","BEN_GURION","location"),("Tel Aviv","TEL_AVIV","location"),("Red Sea","RED_SEA","location"),("Gulf of Aden","GULF_OF_ADEN","location"),("Gaza","GAZA_STRIP","location")],
[("clash-ras-isa","clash","RAS_ISA",2,"2025-04-17","day",["United States"],{"fatalities":74,"injured":171},"American strikes on the Ras Isa fuel port in Yemen's western Hodeida province killed at least 74 people and wounded 171 on Thursday night",True,[],["HODEIDAH_PROV"]),
 ("clash-ben-gurion","clash","BEN_GURION",2,"","unknown",["Houthis"],{},"The rebels said they fired a ballistic missile at Ben Gurion airport near Tel Aviv in response",False,[],["TEL_AVIV"]),
 ("clash-red-sea-shipping","clash","RED_SEA",3,"2023-11","month",["Houthis"],{},"The Houthis have attacked ships in the Red Sea and the Gulf of Aden since November 2023",False,[],["GULF_OF_ADEN"])],
[("*","SANAA","dateline"),("*","WASHINGTON","government"),("*","IR","'Iran-backed': a sponsor"),("*","GAZA_STRIP","'solidarity with Palestinians in Gaza'")])

add("c12-sweida-analysis", "2025-07-18",
"""Analysis: Sweida's week of violence and Israel's new red line

The fighting that engulfed Sweida this week began on July 13 with tit-for-tat kidnappings and gun battles between Druze militias and Sunni Bedouin clans on the outskirts of the city. When government forces entered Sweida on July 15 to "restore order", monitors documented summary executions of Druze civilians, and the death toll rose into the hundreds.

Israel, which has demanded a demilitarised south since the fall of Bashar al-Assad in December 2024, responded with strikes on government tanks on the approaches to Sweida and, on July 16, on the defence ministry headquarters in central Damascus, killing three people. Damascus called the strikes a treacherous aggression. A ceasefire announced that evening with the help of Washington, Ankara and Arab states collapsed within two days. Since December, Israeli troops have also occupied the UN buffer zone on the Golan Heights.""",
[("Sweida","SWEIDA","location"),("Israel","IL","actor"),("Sweida","SWEIDA","location"),("Sweida","SWEIDA","location"),("Israel","IL","actor"),("Sweida","SWEIDA","location"),("Damascus","DAMASCUS","location"),("Damascus","DAMASCUS","actor"),
 ("Washington","WASHINGTON","actor"),("Ankara","ANKARA","actor"),("Golan Heights","GOLAN","location")],
[("clash-sweida-jul13","clash","SWEIDA",2,"2025-07-13","day",["Druze militias","Bedouin clans"],{},"The fighting that engulfed Sweida this week began on July 13 with tit-for-tat kidnappings and gun battles between Druze militias and Sunni Bedouin clans on the outskirts of the city",True),
 ("clash-sweida-jul15","clash","SWEIDA",1,"2025-07-15","day",["Syria"],{},"When government forces entered Sweida on July 15 to \"restore order\", monitors documented summary executions of Druze civilians",True),
 ("clash-sweida-tanks","clash","SWEIDA",2,"2025-07","month",["Israel"],{},"responded with strikes on government tanks on the approaches to Sweida",False),
 ("clash-damascus-mod","clash","DAMASCUS",1,"2025-07-16","day",["Israel"],{"fatalities":3},"on July 16, on the defence ministry headquarters in central Damascus, killing three people",True),
 ("dep-golan-buffer","deployment","GOLAN",3,"2024-12","month",["Israel"],{},"Since December, Israeli troops have also occupied the UN buffer zone on the Golan Heights",False)],
[("*","WASHINGTON","mediator government"),("*","ANKARA","mediator government")])

# key: (name, country, level, lat, lon, scored). Coordinates from data/gazetteer.tsv.gz where it has the place (admin1 points:
# the gazetteer's admin1 point where it has the same name, else a rough centroid); otherwise given by hand (approximate).
PL = dict(
AM=("Armenia","AM","country",40.2,45.0,True), AZ=("Azerbaijan","AZ","country",40.3,47.7,True), TR=("Turkey","TR","country",39.0,35.0,True),
RU=("Russia","RU","country",60.0,90.0,True), UA=("Ukraine","UA","country",49.0,32.0,True), SD=("Sudan","SD","country",15.0,30.0,True),
NE=("Niger","NE","country",17.6,8.1,True), ML=("Mali","ML","country",17.0,-4.0,True), BF=("Burkina Faso","BF","country",12.3,-1.6,True), DZ=("Algeria","DZ","country",28.0,3.0,True),
MM=("Myanmar","MM","country",21.0,96.0,True), TH=("Thailand","TH","country",15.0,100.0,True), LB=("Lebanon","LB","country",33.85,35.85,True), IL=("Israel","IL","country",31.47,35.13,True),
YE=("Yemen","YE","country",15.5,48.0,True), IR=("Iran","IR","country",32.0,53.0,True), KZ=("Kazakhstan","KZ","country",48.0,68.0,True), GE=("Georgia","GE","country",42.0,43.5,True),
GA_US=("Georgia (US state)","US","admin1",33.749,-84.38798,True),
YEREVAN=("Yerevan","AM","city",40.17765,44.5126,True), BAKU=("Baku","AZ","city",40.37767,49.89201,True), MOSCOW=("Moscow","RU","city",55.75204,37.61781,True),
ANKARA=("Ankara","TR","city",39.9199,32.8543,True), ISTANBUL=("Istanbul","TR","city",41.01384,28.94966,True),
NORABAK=("Norabak","AM","village",40.12,45.60,True), GEGHARKUNIK=("Gegharkunik","AM","admin1",40.35398,45.12386,True), VARDENIS=("Vardenis","AM","city",40.1827,45.73156,True),
KALBAJAR=("Kalbajar","AZ","city",40.10984,46.04446,True), CHAMBARAK=("Chambarak","AM","district",40.62149,45.33542,True), GADABAY=("Gadabay District","AZ","admin1",40.57055,45.81229,True),
SLAVYANKA_AZ=("Slavyanka (Gadabay)","AZ","village",40.65,45.58,True), SLAVYANKA_RU=("Slavyanka (Primorsky Krai)","RU","city",42.86242,131.38919,True),
NK=("Nagorno-Karabakh","AZ","region",39.9,46.7,True), KARABAKH=("Karabakh","AZ","region",39.9,46.7,True), KHANKENDI=("Khankendi (Stepanakert)","AZ","city",39.8177,46.7528,True),
AGHDARA=("Aghdara (Martakert) district","AZ","district",40.2113,46.8214,True), YEVLAKH=("Yevlakh","AZ","city",40.61832,47.15014,True),
GYUMRI=("Gyumri","AM","city",40.79305,43.84635,True), SHIRAK=("Shirak","AM","admin1",40.79305,43.84635,True), KAMKHUD=("Kamkhud training ground","AM","landmark",40.80,43.95,True),
EREBUNI=("Erebuni airport","AM","landmark",40.1221,44.4651,True), ROSTOV=("Rostov-on-Don","RU","city",47.21997,39.70769,True),
ALAGYAZ=("Alagyaz","AM","village",40.68082,44.28797,True), ARAGATSOTN=("Aragatsotn","AM","admin1",40.2976,44.36152,True),
GANJA=("Ganja","AZ","city",40.68157,46.36134,True), NAKHCHIVAN_AR=("Nakhchivan Autonomous Republic","AZ","admin1",39.20889,45.41222,True),
TEGH=("Tegh","AM","village",39.55826,46.48054,True), SYUNIK=("Syunik","AM","admin1",39.20762,46.40678,True), LACHIN=("Lachin","AZ","city",39.6383,46.5461,True),
LACHIN_CORRIDOR=("Lachin corridor","AZ","region",39.7,46.5,True),
WHITE_HOUSE=("White House","US","landmark",38.8977,-77.0365,True), WASHINGTON=("Washington","US","city",38.89511,-77.03637,True), TEHRAN=("Tehran","IR","city",35.69439,51.42151,True),
FUZULI=("Fuzuli","AZ","city",39.60094,47.14529,True), FUZULI_DIST=("Fuzuli District","AZ","admin1",39.60094,47.14529,True),
ABDURRAHMANLI=("Ashagi Abdurrahmanli","AZ","village",39.58,47.07,True), GORGAN_FZ=("Gorgan (Fuzuli)","AZ","village",39.55,47.03,True), GORGAN_IR=("Gorgan (Iran)","IR","city",36.8427,54.4439,True),
MARGARA=("Margara","AM","village",40.03332,44.18048,True), KARS=("Kars","TR","city",40.59825,43.08548,True), ADIYAMAN=("Adıyaman","TR","city",37.76441,38.27629,True), IGDIR=("Iğdır","TR","city",39.92371,44.045,True),
DUSHANBE=("Dushanbe","TJ","city",38.53575,68.77905,True), GROZNY=("Grozny","RU","city",43.31195,45.68895,True), CHECHNYA=("Chechnya","RU","admin1",43.31195,45.68895,True),
AKTAU=("Aktau","KZ","city",43.66105,51.17392,True), YEKATERINBURG=("Yekaterinburg","RU","city",56.85733,60.61529,True),
KHNATSAKH=("Khnatsakh","AM","village",39.45,46.40,True), GORIS=("Goris","AM","district",39.51111,46.34168,True),
SUGOVUSHAN=("Sugovushan","AZ","village",40.23,46.67,True), TARTAR=("Tartar District","AZ","admin1",40.34201,46.93161,True),
NOYEMBERYAN=("Noyemberyan","AM","city",41.17319,44.99851,True), NOYEMBERYAN_MUN=("Noyemberyan Municipality","AM","district",41.18065,44.96434,True),
TAVUSH=("Tavush","AM","admin1",40.88037,45.14776,True), GAZAKH=("Gazakh","AZ","city",41.09246,45.36561,True), BERD=("Berd","AM","city",40.88066,45.38901,True),
ABU_SHOUK=("Abu Shouk camp","SD","landmark",13.66,25.35,True), EL_FASHER=("El Fasher","SD","city",13.62793,25.34936,True), NORTH_DARFUR=("North Darfur","SD","admin1",15.5,25.0,True),
MELLIT=("Mellit","SD","city",14.13333,25.55,True), ZAMZAM=("Zamzam camp","SD","landmark",13.49,25.30,True), TAWILA=("Tawila","SD","city",13.51,24.87,True),
BARSALOGHO=("Barsalogho","BF","city",13.42,-1.06,True), SANMATENGA=("Sanmatenga","BF","district",13.3,-1.1,True), CENTRE_NORD=("Centre-Nord","BF","admin1",13.0883,-1.08368,True),
MUNG_LAI_HKYET=("Mung Lai Hkyet camp","MM","landmark",24.77,97.55,True), LAIZA=("Laiza","MM","city",24.75,97.56,True), MOMAUK=("Momauk township","MM","district",24.25,97.34,True),
KACHIN=("Kachin State","MM","admin1",25.38327,97.39637,True), GANGDAU_YANG=("Gangdau Yang","MM","village",24.70,97.50,True),
MASALA=("Masala","CD","village",0.55,29.40,True), BENI=("Beni","CD","district",0.49113,29.47306,True), NORTH_KIVU=("North Kivu","CD","admin1",-1.67409,29.22845,True),
AWDHEEGLE=("Awdheegle","SO","city",1.98,44.83,True), LOWER_SHABELLE=("Lower Shabelle","SO","admin1",1.71594,44.77166,True), AFGOOYE=("Afgooye","SO","city",2.1381,45.1212,True),
ODESA=("Odesa","UA","city",46.47747,30.73262,True), ODESA_OBL=("Odesa Oblast","UA","admin1",46.47747,30.73262,True), KYIV=("Kyiv","UA","city",50.45466,30.5238,True),
KURSK_OBL=("Kursk Oblast","RU","admin1",51.72689,36.18457,True), BRYANSK_OBL=("Bryansk Oblast","RU","admin1",53.25209,34.37167,True),
PRIMORSKO_AKHTARSK=("Primorsko-Akhtarsk","RU","city",46.04847,38.17899,True), KRASNODAR_KRAI=("Krasnodar Krai","RU","admin1",45.04534,38.98178,True), BLACK_SEA=("Black Sea",None,"region",43.0,34.0,False),
SUDZHA=("Sudzha","RU","city",51.191,35.271,True), MALAYA_LOKNYA=("Malaya Loknya","RU","village",51.25,35.18,True),
POKROVSK=("Pokrovsk","UA","city",48.28014,37.17706,True), TORETSK=("Toretsk","UA","city",48.39477,37.8478,True), DONETSK_OBL=("Donetsk Oblast","UA","admin1",48.023,37.80224,True),
LVIV=("Lviv","UA","city",49.83826,24.02324,True), DONETSK=("Donetsk","UA","city",48.023,37.80224,True), POLTAVA=("Poltava","UA","city",49.58925,34.55367,True),
PORT_SUDAN=("Port Sudan","SD","city",19.61745,37.21644,True), WAD_MEDANI=("Wad Medani","SD","city",14.40118,33.51989,True), GEZIRA=("Gezira (Al Jazirah)","SD","admin1",14.4,33.3,True),
ATBARA=("Atbara","SD","city",17.70217,33.98638,True), RIVER_NILE=("River Nile","SD","admin1",17.59898,33.97205,True), OMDURMAN=("Omdurman","SD","city",15.64453,32.47773,True), KHARTOUM=("Khartoum","SD","city",15.55177,32.53241,True),
NIAMEY=("Niamey","NE","city",13.51366,2.1098,True), FAMBITA=("Fambita","NE","village",14.15,0.95,True), KOKOROU=("Kokorou","NE","district",14.2,0.95,True), TILLABERI_REG=("Tillabéri Region","NE","admin1",14.20711,1.45418,True),
SAHARA=("Sahara",None,"region",23.0,10.0,False), SAHEL=("Sahel",None,"region",15.0,0.0,False),
TINZAOUATEN=("Tinzaouaten","ML","village",19.96,2.95,True), KIDAL_REG=("Kidal Region","ML","admin1",18.44345,1.40921,True), KIDAL=("Kidal","ML","city",18.44345,1.40921,True),
AZAWAD=("Azawad",None,"region",19.0,0.0,False), AFRICA=("Africa",None,"region",5.0,20.0,False), BAMAKO=("Bamako","ML","city",12.65,-8.0,True), ALGIERS=("Algiers","DZ","city",36.73225,3.08746,True),
MAE_SOT=("Mae Sot","TH","city",16.71667,98.56667,True), MYAWADDY=("Myawaddy","MM","city",16.68911,98.50893,True), NAYPYITAW=("Naypyitaw","MM","city",19.745,96.12972,True),
MOEI=("Moei river",None,"region",16.7,98.53,False), TAK=("Tak","TH","admin1",16.86968,99.12898,True),
BEIRUT=("Beirut","LB","city",33.89332,35.50157,True), HARET_HREIK=("Haret Hreik","LB","district",33.848,35.513,True), GHOBEIRY=("Ghobeiry","LB","district",33.862,35.498,True),
KIRYAT_SHMONA=("Kiryat Shmona","IL","city",33.2075,35.5697,True), GALILEE=("Galilee",None,"region",32.9,35.4,False), TYRE=("Tyre","LB","city",33.27333,35.19389,True),
NABATIEH=("Nabatieh","LB","admin1",33.37889,35.48389,True), PARIS=("Paris","FR","city",48.8534,2.3488,True), LITANI=("Litani river",None,"region",33.3,35.4,False),
DEIR_AL_BALAH=("Deir al-Balah","PS","city",31.4181,34.3503,True), GAZA_STRIP=("Gaza Strip","PS","admin1",31.50161,34.46672,True), NUSEIRAT=("Nuseirat camp","PS","city",31.4497,34.3930,True),
TEL_AVIV=("Tel Aviv","IL","city",32.08088,34.78057,True), REIM=("Re'im","IL","village",31.3856,34.4589,True),
SANAA=("Sanaa","YE","city",15.35452,44.20646,True), RAS_ISA=("Ras Isa port","YE","landmark",15.20,42.63,True), HODEIDAH_PROV=("Al Hudaydah","YE","admin1",14.79781,42.95452,True),
BEN_GURION=("Ben Gurion airport","IL","landmark",32.0055,34.8854,True), RED_SEA=("Red Sea",None,"region",20.0,38.0,False), GULF_OF_ADEN=("Gulf of Aden",None,"region",12.5,47.5,False),
SWEIDA=("Sweida","SY","city",32.70896,36.56951,True), DAMASCUS=("Damascus","SY","city",33.5102,36.29128,True), GOLAN=("Golan Heights","SY","region",33.0,35.8,True),
)
ABOUT = ("Held-out set 'heldout2': 30 passages written BLIND by a helper session on 2026-12-03, without reading the extractor's code "
 "(geo/, layers/), its lexicons (data/*.tsv) or the dev passages; testdata/heldout/build_gold.py was read for its format only (a full listing of it showed about a dozen of its passages, which were not reused), "
 "and without running the extractor on them. Styles: 10 on Armenia-Azerbaijan/Turkey/Russia (wire copy with datelines in several formats, "
 "agency English from Armenpress, AZERTAC, APA, TASS, Anadolu with its typos, a ministry statement, a live blog with timestamps, a feature with "
 "background history, AFP), 8 ACLED-style one-paragraph event notes (3 on the Armenia-Azerbaijan border, 5 on Sudan, Burkina Faso, Myanmar, DR Congo, Somalia), "
 "12 on other wars (Ukraine x3: Kyiv Independent-style, ISW-style, feature; Sudan x2: Reuters, OCHA flash update; Niger, Mali feature, Myanmar, "
 "Lebanon live blog, Gaza, Yemen, Syria analysis). Facts are approximate, written after reading real reporting but not copied from it, and must not be "
 "used as a news source. Do not tune rules on this set. Conventions as heldout/world.gold.json: UTF-8 byte offsets, end exclusive; roles "
 "location/actor/name, 'a|b' accepts either; places[].scored=false for macro-regions, seas and rivers; geonames_id null (coordinates from "
 "data/gazetteer.tsv.gz where it has the place, else by hand, approximate); geo_precision 1 place, 2 near/district, 3 region, 4 country; "
 "events[].required=false neither a miss nor a hit counts; also = other sentences reporting the same event; alt_places = other acceptable places; "
 "must_not: a feature of that type (* any) at that place is wrong. Specific to this set: a village or camp the gazetteer lacks is placed at the "
 "district/province named with it (geo_precision 2) with the village itself in alt_places; an event reported as a span of days ('between 11 and 13 "
 "April', 'from July 25 to July 27') is dated to its first day; 'overnight' with a stated time after midnight is the publication day, "
 "'last night'/'on Monday night' the evening's own day; hedged counts ('at least', 'up to', 'more than') give the stated number, a range "
 "('between 150 and 400') its lower bound; demonyms and adjectival 'US'/'Karen' are avoided or left unannotated.")
build('heldout2', P, PL, ABOUT, words=(60, 200), sort_toponyms=True)
