#!/usr/bin/env python3
"""Regenerates testdata/heldout3/texts/*.txt and heldout3.gold.json (offsets computed, never by hand).
Run from the repo root: python3 testdata/heldout3/build_gold.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuild import build  # noqa: E402
P = []
def add(slug, pub, text, tops, events, mn=()):
    P.append(dict(slug=slug, pub=pub, text=text, tops=tops, events=events, mn=list(mn)))
# tops: (text, place, role) in text order. events: (id, type, place, prec, date, dprec, actors, counts dict, quote, required[, also[, alt_places]])
# mn (must_not): (type or "*", place, why)
AA = ["Azerbaijan", "Armenia"]
AN = ["Azerbaijan", "Nagorno-Karabakh Armenians"]

# ---------------- ACLED-style notes, Armenia-Azerbaijan 2020-2022 (12) ----------------
add("d01-acled-martuni-shelling", "2020-10-20",
"""On 14 October 2020, Azerbaijani military forces shelled the town of Martuni (Martuni, Nagorno-Karabakh) with artillery and multiple rocket launchers. According to the Nagorno-Karabakh ombudsman, a woman and her grandson were killed and several houses and the district hospital were damaged. The Azerbaijani Ministry of Defence stated that it had targeted only military objects and accused Armenian forces of using civilian buildings as firing positions. Fatalities: 2.""",
[("Martuni","MARTUNI_NK","location"),("Martuni","KHOJAVEND","location"),("Nagorno-Karabakh","NK","location"),("Nagorno-Karabakh","NK","name")],
[("clash-martuni","clash","MARTUNI_NK",1,"2020-10-14","day",["Azerbaijan"],{"fatalities":2},"On 14 October 2020, Azerbaijani military forces shelled the town of Martuni (Martuni, Nagorno-Karabakh) with artillery and multiple rocket launchers",True,[],["KHOJAVEND"])],
[("*","MARTUNI_AM","twin: the town of Martuni in Gegharkunik, Armenia, is not meant")])

add("d02-acled-karmir-shuka-drone", "2020-10-06",
"""On 3 October 2020, an Azerbaijani drone struck an Armenian air defence system and a military truck near Karmir Shuka village (Martuni, Nagorno-Karabakh), according to footage released by the Azerbaijani Ministry of Defence. The Nagorno-Karabakh Defence Army confirmed the loss of equipment but denied any losses in personnel; several soldiers were reportedly wounded. The strike took place on the seventh day of the war that began on 27 September. Fatalities: 0.""",
[("Karmir Shuka","KARMIR_SHUKA","location"),("Martuni","KHOJAVEND","location"),("Nagorno-Karabakh","NK","location"),("Nagorno-Karabakh","NK","name")],
[("clash-karmir-shuka","clash","KHOJAVEND",2,"2020-10-03","day",AA,{},"On 3 October 2020, an Azerbaijani drone struck an Armenian air defence system and a military truck near Karmir Shuka village (Martuni, Nagorno-Karabakh)",True,[],["KARMIR_SHUKA","MARTUNI_NK"])],
[("*","MARTUNI_AM","twin: Martuni here is the Nagorno-Karabakh district")])

add("d03-acled-tovuz-agdam", "2020-07-14",
"""On 12 July 2020, Armenian forces clashed with Azerbaijani military forces near the village of Agdam in the Tovuz district (Tovuz, Azerbaijan), on the international border. The Azerbaijani side said Armenian units had attempted to seize one of its positions in an attack supported by artillery fired from the direction of Movses (Tavush, Armenia). Both sides used artillery and mortars. Three Azerbaijani soldiers died and four were wounded; Armenia reported no losses. Fatalities: 3.""",
[("Agdam","AGDAM_TOVUZ","location"),("Tovuz","TOVUZ","location"),("Tovuz","TOVUZ","location"),("Azerbaijan","AZ","location"),("Movses","MOVSES","location"),("Tavush","TAVUSH","location"),("Armenia","AM","location"),("Armenia","AM","actor")],
[("clash-agdam-tovuz","clash","TOVUZ",2,"2020-07-12","day",["Armenia","Azerbaijan"],{"fatalities":3,"injured":4},"On 12 July 2020, Armenian forces clashed with Azerbaijani military forces near the village of Agdam in the Tovuz district (Tovuz, Azerbaijan)",True,["Three Azerbaijani soldiers died and four were wounded"],["AGDAM_TOVUZ","MOVSES"])],
[("*","AGHDAM","twin: the village of Agdam in Tovuz district, not Aghdam town in Karabakh 100 km away")])

add("d04-acled-ganja-missile", "2020-10-13",
"""On 11 October 2020, at around 2:00 at night, Armenian military forces fired a ballistic missile at a residential area of Ganja (Ganja, Azerbaijan), destroying an apartment block. Ten civilians were killed, among them children, and 34 others were injured, according to the Azerbaijani Prosecutor General's Office. Armenia denied having fired at the city, while the Nagorno-Karabakh authorities stated that they had targeted military objects in Ganja. Fatalities: 10.""",
[("Ganja","GANJA","location"),("Ganja","GANJA","location"),("Azerbaijan","AZ","location"),("Armenia","AM","actor"),("Nagorno-Karabakh","NK","actor|name"),("Ganja","GANJA","location")],
[("clash-ganja","clash","GANJA",1,"2020-10-11","day",["Armenia","Azerbaijan"],{"fatalities":10,"injured":34},"On 11 October 2020, at around 2:00 at night, Armenian military forces fired a ballistic missile at a residential area of Ganja (Ganja, Azerbaijan)",True,["Ten civilians were killed, among them children, and 34 others were injured"])],
[("*","AM","'Armenia denied': the government")])

add("d05-acled-susuzlug-mine", "2021-06-05",
"""On 4 June 2021, a vehicle carrying a film crew of the state broadcaster AzTV hit an anti-tank mine near Susuzlug village (Kalbajar, Azerbaijan). Cameraman Siraj Abishov, reporter Maharram Ibrahimov and Arif Aliyev, a deputy representative of the district's executive authority, died at the scene; four others were injured. The area had been under the control of Armenian forces from 1993 until it was handed over to Azerbaijan in November 2020 under the trilateral ceasefire statement. Fatalities: 3.""",
[("Susuzlug","SUSUZLUG","location"),("Kalbajar","KALBAJAR","location"),("Azerbaijan","AZ","location"),("Azerbaijan","AZ","actor|location")],
[("inc-susuzlug","incident","KALBAJAR",2,"2021-06-04","day",[],{"fatalities":3,"injured":4},"On 4 June 2021, a vehicle carrying a film crew of the state broadcaster AzTV hit an anti-tank mine near Susuzlug village (Kalbajar, Azerbaijan)",True,["Cameraman Siraj Abishov, reporter Maharram Ibrahimov and Arif Aliyev, a deputy representative of the district's executive authority, died at the scene; four others were injured"],["SUSUZLUG"]),
 ("clash-kalbajar-1993","clash","KALBAJAR",3,"1993","year",["Armenia","Azerbaijan"],{},"The area had been under the control of Armenian forces from 1993",False)],
[])

add("d06-acled-yerevan-protest", "2020-11-12",
"""On 10 November 2020, hundreds of protesters stormed the government building and the National Assembly in Yerevan (Kentron, Yerevan) after Prime Minister Nikol Pashinyan announced he had signed the statement ending the fighting in Nagorno-Karabakh. Protesters broke windows, looted offices and beat the parliament speaker Ararat Mirzoyan, who was taken to hospital. Police did not intervene at first. Opposition parties demanded Pashinyan's resignation and the annulment of the statement. Fatalities: 0.""",
[("Yerevan","YEREVAN","location"),("Kentron","KENTRON","location"),("Yerevan","YEREVAN","location"),("Nagorno-Karabakh","NK","location")],
[("agr-nk-ceasefire","agreement","NK",3,"2020-11-10","day",["Armenia","Azerbaijan","Russia"],{},"Prime Minister Nikol Pashinyan announced he had signed the statement ending the fighting in Nagorno-Karabakh",False)],
[("clash","YEREVAN","a protest: 'stormed' is not an armed clash"),("clash","KENTRON","a protest"),("clash","NK","'the fighting' recalled inside the ceasefire sentence")])

add("d07-acled-goranboy-baku-source", "2020-10-30",
"""On 28 October 2020, Armenian military forces shelled villages of Goranboy district (Goranboy, Azerbaijan), including Tap Qaraqoyunlu, according to the Ministry of Defence in Baku. One civilian was reportedly wounded and several houses were damaged. Claims from Baku could not be independently verified, and the Armenian side did not comment. The fire reportedly came from positions near Talish in the north of Nagorno-Karabakh. Fatalities: 0.""",
[("Goranboy","GORANBOY","location"),("Goranboy","GORANBOY","location"),("Azerbaijan","AZ","location"),("Tap Qaraqoyunlu","TAP_QARAQOYUNLU","location"),("Baku","BAKU","location"),("Baku","BAKU","location|actor"),("Talish","TALISH","location"),("Nagorno-Karabakh","NK","location")],
[("clash-goranboy","clash","GORANBOY",2,"2020-10-28","day",["Armenia","Azerbaijan"],{"injured":1},"On 28 October 2020, Armenian military forces shelled villages of Goranboy district (Goranboy, Azerbaijan), including Tap Qaraqoyunlu",True,["One civilian was reportedly wounded and several houses were damaged"],["TAP_QARAQOYUNLU"])],
[("*","BAKU","only the reporting source"),("clash","TALISH","where the fire came from, not where it fell")])

add("d08-acled-jermuk-goris", "2022-09-14",
"""On 13 September 2022, Azerbaijani military forces attacked Armenian military positions along the international border with artillery, mortars and drones, hitting the outskirts of Jermuk (Jermuk, Vayots Dzor) and Goris (Goris, Syunik). In Jermuk, a drone strike set fire to a building near a sanatorium; in Goris, shells fell near a residential area. The Armenian Ministry of Defence said 49 servicemen had been killed overnight along the whole border; the fatalities at each location are not known. Fatalities: unknown.""",
[("Jermuk","JERMUK","location"),("Jermuk","JERMUK_MUN","location"),("Vayots Dzor","VAYOTS_DZOR","location"),("Goris","GORIS","location"),("Goris","GORIS_MUN","location"),("Syunik","SYUNIK","location"),("Jermuk","JERMUK","location"),("Goris","GORIS","location")],
[("clash-jermuk","clash","JERMUK",2,"2022-09-13","day",AA,{},"On 13 September 2022, Azerbaijani military forces attacked Armenian military positions along the international border with artillery, mortars and drones, hitting the outskirts of Jermuk (Jermuk, Vayots Dzor)",True,["In Jermuk, a drone strike set fire to a building near a sanatorium"],["JERMUK_MUN"]),
 ("clash-goris","clash","GORIS",2,"2022-09-13","day",AA,{},"On 13 September 2022, Azerbaijani military forces attacked Armenian military positions along the international border with artillery, mortars and drones, hitting the outskirts of Jermuk (Jermuk, Vayots Dzor) and Goris (Goris, Syunik)",True,["in Goris, shells fell near a residential area"],["GORIS_MUN"])],
[])

add("d09-acled-verin-shorzha", "2022-01-12",
"""On 11 January 2022, Armenian forces clashed with Azerbaijani military forces near Verin Shorzha (Vardenis, Gegharkunik), on the border with Kalbajar district. The Armenian Ministry of Defence said three of its soldiers were killed and two wounded after Azerbaijani units opened fire; Azerbaijan said one of its soldiers died and blamed an Armenian provocation. Each side accused the other of starting the exchange of fire, which lasted about an hour. Fatalities: 4.""",
[("Verin Shorzha","VERIN_SHORZHA","location"),("Vardenis","VARDENIS_MUN","location"),("Gegharkunik","GEGHARKUNIK","location"),("Kalbajar","KALBAJAR","location"),("Azerbaijan","AZ","actor")],
[("clash-verin-shorzha","clash","VARDENIS_MUN",2,"2022-01-11","day",["Armenia","Azerbaijan"],{"fatalities":4,"injured":2},"On 11 January 2022, Armenian forces clashed with Azerbaijani military forces near Verin Shorzha (Vardenis, Gegharkunik)",True,["The Armenian Ministry of Defence said three of its soldiers were killed and two wounded after Azerbaijani units opened fire"],["VERIN_SHORZHA","KALBAJAR","GEGHARKUNIK"])],
[("*","AZ","'Azerbaijan said': the government")])

add("d10-acled-gyrkhgyz-drone", "2022-08-04",
"""On 3 August 2022, Azerbaijani military forces launched drone strikes on positions of the Nagorno-Karabakh Defence Army and took control of the Gyrkhgyz heights near the Lachin corridor (Lachin, Azerbaijan). The Nagorno-Karabakh forces reported two soldiers killed and 14 wounded. The Azerbaijani Ministry of Defence said one conscript was killed by fire from "illegal Armenian armed groups" in Lachin district the same day and named the operation "Revenge". Russian peacekeepers said they were taking steps to stabilise the situation. Fatalities: 3.""",
[("Nagorno-Karabakh","NK","name"),("Gyrkhgyz","GYRKHGYZ","location"),("Lachin corridor","LACHIN_CORRIDOR","location"),("Lachin","LACHIN_DIST","location"),("Azerbaijan","AZ","location"),("Nagorno-Karabakh","NK","actor|name"),("Lachin","LACHIN_DIST","location")],
[("clash-gyrkhgyz","clash","LACHIN_DIST",2,"2022-08-03","day",AN,{"fatalities":3,"injured":14},"On 3 August 2022, Azerbaijani military forces launched drone strikes on positions of the Nagorno-Karabakh Defence Army and took control of the Gyrkhgyz heights near the Lachin corridor (Lachin, Azerbaijan)",True,["The Nagorno-Karabakh forces reported two soldiers killed and 14 wounded","The Azerbaijani Ministry of Defence said one conscript was killed by fire from \"illegal Armenian armed groups\" in Lachin district the same day"],["GYRKHGYZ","LACHIN_CORRIDOR"])],
[])

add("d11-acled-shusha-retaken", "2020-11-10",
"""On 8 November 2020, Azerbaijani military forces regained control of the town of Shusha (Shusha, Nagorno-Karabakh) after several days of fighting with Armenian forces in the surrounding forests and along the road from Lachin. The town had been held by Armenian forces since May 1992. President Ilham Aliyev announced the capture in a televised address from Baku; the Armenian side confirmed the loss of the town on 9 November. Reports referred to dozens of dead on both sides. Fatalities: 12.""",
[("Shusha","SHUSHA","location"),("Shusha","SHUSHA_DIST","location"),("Nagorno-Karabakh","NK","location"),("Lachin","LACHIN","location"),("Baku","BAKU","location")],
[("clash-shusha","clash","SHUSHA",1,"2020-11-08","day",["Azerbaijan","Armenia"],{"fatalities":12},"On 8 November 2020, Azerbaijani military forces regained control of the town of Shusha (Shusha, Nagorno-Karabakh) after several days of fighting with Armenian forces in the surrounding forests",True,[],["SHUSHA_DIST"]),
 ("clash-shusha-1992","clash","SHUSHA",1,"1992-05","month",["Armenia","Azerbaijan"],{},"The town had been held by Armenian forces since May 1992",False)],
[("*","BAKU","where the president spoke, not an event")])

add("d12-acled-sev-lich", "2021-11-17",
"""On 16 November 2021, Azerbaijani military forces attacked Armenian military positions near Sev Lich lake (Sisian, Syunik) and clashed with Armenian forces for several hours. The Armenian Ministry of Defence said six servicemen were killed, one was missing and 13 were captured, and that two positions near Ishkhanasar had been lost. Azerbaijan said seven of its soldiers were killed and ten wounded. A ceasefire brokered by Moscow took effect in the evening. Fatalities: 13.""",
[("Sev Lich","SEV_LICH","location"),("Sisian","SISIAN_MUN","location"),("Syunik","SYUNIK","location"),("Ishkhanasar","ISHKHANASAR","location"),("Azerbaijan","AZ","actor"),("Moscow","MOSCOW","actor")],
[("clash-sev-lich","clash","SEV_LICH",2,"2021-11-16","day",["Azerbaijan","Armenia"],{"fatalities":13,"injured":10},"On 16 November 2021, Azerbaijani military forces attacked Armenian military positions near Sev Lich lake (Sisian, Syunik) and clashed with Armenian forces for several hours",True,["The Armenian Ministry of Defence said six servicemen were killed, one was missing and 13 were captured","Azerbaijan said seven of its soldiers were killed and ten wounded"],["SISIAN_MUN","ISHKHANASAR","SYUNIK"]),
 ("agr-ceasefire-nov2021","agreement","SYUNIK",3,"2021-11-16","day",["Armenia","Azerbaijan","Russia"],{},"A ceasefire brokered by Moscow took effect in the evening",False,[],["SEV_LICH"])],
[("*","MOSCOW","'brokered by Moscow': the government")])

# ---------------- Armenia-Azerbaijan / Turkey / Russia, other styles (10) ----------------
add("e01-stepanakert-reuters", "2020-10-04",
"""STEPANAKERT, Nagorno-Karabakh (Reuters) - Explosions shook Stepanakert, the main city of Nagorno-Karabakh, overnight and into Sunday morning as Azerbaijani forces shelled the enclave, local officials said, and residents spent the night in basements.

A Reuters witness saw smoke rising over the city centre and at least two damaged apartment buildings. Karabakh officials said one civilian was killed and several were wounded.

Azerbaijan said Armenian forces had fired rockets at Ganja, its second-largest city, and at the town of Beylagan, and that it would retaliate. Armenia denied that any rockets had been fired from its territory.

Baku and Yerevan fought a war over the region in the early 1990s that killed about 30,000 people.""",
[("STEPANAKERT","STEPANAKERT","location"),("Nagorno-Karabakh","NK","location"),("Stepanakert","STEPANAKERT","location"),("Nagorno-Karabakh","NK","location"),("Karabakh","NK","name|actor"),
 ("Azerbaijan","AZ","actor"),("Ganja","GANJA","location"),("Beylagan","BEYLAGAN","location"),("Armenia","AM","actor"),("Baku","BAKU","actor"),("Yerevan","YEREVAN","actor")],
[("clash-stepanakert","clash","STEPANAKERT",1,"2020-10-04","day",["Azerbaijan"],{"fatalities":1},"Explosions shook Stepanakert, the main city of Nagorno-Karabakh, overnight and into Sunday morning as Azerbaijani forces shelled the enclave",True,["Karabakh officials said one civilian was killed and several were wounded"]),
 ("clash-ganja-claim","clash","GANJA",1,"2020-10-04","day",["Armenia","Azerbaijan"],{},"Azerbaijan said Armenian forces had fired rockets at Ganja, its second-largest city",False),
 ("clash-beylagan-claim","clash","BEYLAGAN",1,"2020-10-04","day",["Armenia","Azerbaijan"],{},"and at the town of Beylagan",False),
 ("clash-nk-1990s","clash","NK",3,"1992","year",["Armenia","Azerbaijan"],{},"Baku and Yerevan fought a war over the region in the early 1990s",False)],
[("*","BAKU","government"),("*","YEREVAN","government"),("clash","AM","denial: no rockets fired from its territory")])

add("e02-moscow-trilateral-afp", "2021-01-12",
"""MOSCOW (AFP) - The leaders of Russia, Armenia and Azerbaijan met in the Kremlin on Monday for their first talks since a Moscow-brokered truce ended six weeks of fighting over Nagorno-Karabakh last November.

After four hours of talks, Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a statement in Moscow on restoring transport links in the region, including a railway that would connect Azerbaijan with its exclave of Nakhchivan through Armenia's Meghri region.

Putin said nearly 2,000 Russian peacekeepers deployed to the region in November had stabilised the situation. Aliyev said the conflict "is in the past", while Pashinyan said the fate of Armenian prisoners still held in Baku was unresolved.

Ankara, which backed Baku during the war, was not represented.""",
[("MOSCOW","MOSCOW","location"),("Russia","RU","actor"),("Armenia","AM","actor"),("Azerbaijan","AZ","actor"),("Kremlin","KREMLIN","location"),("Moscow","MOSCOW","actor"),("Nagorno-Karabakh","NK","location"),
 ("Moscow","MOSCOW","location"),("Azerbaijan","AZ","location"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Armenia","AM","location"),("Meghri","MEGHRI","location"),("Baku","BAKU","location"),("Ankara","ANKARA","actor"),("Baku","BAKU","actor")],
[("meet-kremlin","meeting","MOSCOW",1,"2021-01-11","day",["Russia","Armenia","Azerbaijan"],{},"The leaders of Russia, Armenia and Azerbaijan met in the Kremlin on Monday",True,["After four hours of talks"],["KREMLIN"]),
 ("agr-moscow-transport","agreement","MOSCOW",1,"2021-01-11","day",["Russia","Armenia","Azerbaijan"],{},"Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a statement in Moscow on restoring transport links in the region",True,[],["KREMLIN"]),
 ("dep-nk-peacekeepers","deployment","NK",3,"2020-11","month",["Russia"],{"troops":2000},"Putin said nearly 2,000 Russian peacekeepers deployed to the region in November had stabilised the situation",False)],
[("clash","NK","'six weeks of fighting' recalled inside the truce sentence"),("*","MEGHRI","a planned railway route"),("*","NAKHCHIVAN_AR","a planned railway route"),("*","ANKARA","government"),("*","BAKU","where prisoners are held, and the government")])

add("e03-peacekeepers-tass", "2020-11-14",
"""MOSCOW, November 14. /TASS/. Russian peacekeepers have completed their deployment to Nagorno-Karabakh and set up 27 observation posts along the contact line and in the Lachin corridor, Russian Defence Ministry spokesman Igor Konashenkov told reporters on Saturday.

According to him, the contingent of 1,960 servicemen with 90 armoured vehicles was airlifted from Ulyanovsk aboard Il-76 transport aircraft, which landed at Yerevan's Zvartnots airport, and then moved by road via Goris. The headquarters of the contingent is located in Stepanakert, Konashenkov said.

"The ceasefire is observed along the entire line of contact. Refugees started returning to their homes in Stepanakert," he added. Konashenkov also said that in the past day sappers of the International Mine Action Centre had cleared 12 hectares of land near Shusha.""",
[("MOSCOW","MOSCOW","location"),("Nagorno-Karabakh","NK","location"),("Lachin corridor","LACHIN_CORRIDOR","location"),("Ulyanovsk","ULYANOVSK","location"),("Yerevan","YEREVAN","location"),("Zvartnots","ZVARTNOTS","location"),
 ("Goris","GORIS","location"),("Stepanakert","STEPANAKERT","location"),("Stepanakert","STEPANAKERT","location"),("Shusha","SHUSHA","location")],
[("dep-nk-peacekeepers","deployment","NK",3,"2020-11-14","day",["Russia"],{"troops":1960},"Russian peacekeepers have completed their deployment to Nagorno-Karabakh and set up 27 observation posts along the contact line and in the Lachin corridor",True,["the contingent of 1,960 servicemen with 90 armoured vehicles was airlifted from Ulyanovsk"],["LACHIN_CORRIDOR","STEPANAKERT"]),
 ("dep-stepanakert-hq","deployment","STEPANAKERT",1,"2020-11-14","day",["Russia"],{},"The headquarters of the contingent is located in Stepanakert",False),
 ("dep-shusha-demining","deployment","SHUSHA",2,"2020-11-13","day",["Russia"],{},"sappers of the International Mine Action Centre had cleared 12 hectares of land near Shusha",False)],
[("*","MOSCOW","dateline"),("deployment","ULYANOVSK","where the troops came from"),("deployment","ZVARTNOTS","transit airport"),("deployment","YEREVAN","transit"),("deployment","GORIS","transit by road")])

# @@PASSAGES_END@@
# key: (name, country, level, lat, lon, scored). Coordinates from data/gazetteer.tsv.gz where it has the place (admin1 points:
# the gazetteer's admin1 point where it has the same name, else a rough centroid); otherwise given by hand (approximate).
PL = dict(
AM=("Armenia","AM","country",40.2,45.0,True), AZ=("Azerbaijan","AZ","country",40.3,47.7,True), TR=("Turkey","TR","country",39.0,35.0,True),
RU=("Russia","RU","country",60.0,90.0,True), NK=("Nagorno-Karabakh","AZ","region",39.9,46.7,True),
YEREVAN=("Yerevan","AM","city",40.17765,44.5126,True), BAKU=("Baku","AZ","city",40.37767,49.89201,True), MOSCOW=("Moscow","RU","city",55.75204,37.61781,True),
ANKARA=("Ankara","TR","city",39.9199,32.8543,True), KREMLIN=("Kremlin","RU","landmark",55.752,37.617,True),
MARTUNI_NK=("Martuni (Khojavend)","AZ","city",39.79496,47.1117,True), KHOJAVEND=("Khojavend District (Martuni)","AZ","admin1",39.79496,47.1117,True),
MARTUNI_AM=("Martuni","AM","city",40.14028,45.30232,True), KARMIR_SHUKA=("Karmir Shuka","AZ","village",39.73,46.98,True),
TOVUZ=("Tovuz District","AZ","admin1",40.99249,45.62838,True), AGDAM_TOVUZ=("Agdam (Tovuz)","AZ","village",40.905,45.566,True),
AGHDAM=("Aghdam","AZ","city",39.99096,46.92736,True), MOVSES=("Movses","AM","village",40.90534,45.48838,True), TAVUSH=("Tavush","AM","admin1",40.88037,45.14776,True),
GANJA=("Ganja","AZ","city",40.68157,46.36134,True), KALBAJAR=("Kalbajar","AZ","admin1",40.10984,46.04446,True), SUSUZLUG=("Susuzlug","AZ","village",40.07,46.08,True),
KENTRON=("Kentron","AM","district",40.17806,44.51303,True), GORANBOY=("Goranboy District","AZ","admin1",40.61028,46.78972,True),
TAP_QARAQOYUNLU=("Tap Qaraqoyunlu","AZ","village",40.55,46.73,True), TALISH=("Talish","AZ","village",40.17,46.63,True),
JERMUK=("Jermuk","AM","city",39.83948,45.67112,True), JERMUK_MUN=("Jermuk Municipality","AM","district",39.83948,45.67112,True), VAYOTS_DZOR=("Vayots Dzor","AM","admin1",39.7644,45.33268,True),
GORIS=("Goris","AM","city",39.51111,46.34168,True), GORIS_MUN=("Goris Municipality","AM","district",39.51285,46.35167,True), SYUNIK=("Syunik","AM","admin1",39.20762,46.40678,True),
VERIN_SHORZHA=("Verin Shorzha","AM","village",40.30,45.62,True), VARDENIS_MUN=("Vardenis Municipality","AM","district",40.19657,45.68706,True), GEGHARKUNIK=("Gegharkunik","AM","admin1",40.35398,45.12386,True),
LACHIN_CORRIDOR=("Lachin corridor","AZ","region",39.7,46.5,True), LACHIN_DIST=("Lachin District","AZ","admin1",39.59881,46.55045,True), LACHIN=("Lachin","AZ","city",39.6383,46.5461,True),
GYRKHGYZ=("Gyrkhgyz heights","AZ","landmark",39.69,46.42,True),
SHUSHA=("Shusha","AZ","city",39.76006,46.74989,True), SHUSHA_DIST=("Shusha District","AZ","admin1",39.76006,46.74989,True),
SEV_LICH=("Sev Lich lake","AM","landmark",39.56,46.06,True), SISIAN_MUN=("Sisian Municipality","AM","district",39.53846,45.98563,True), ISHKHANASAR=("Ishkhanasar","AM","landmark",39.58,46.12,True),
STEPANAKERT=("Khankendi (Stepanakert)","AZ","city",39.8177,46.7528,True), BEYLAGAN=("Beylagan","AZ","city",39.77556,47.61861,True),
NAKHCHIVAN_AR=("Nakhchivan Autonomous Republic","AZ","admin1",39.20889,45.41222,True), MEGHRI=("Meghri","AM","district",38.88315,46.21886,True),
ULYANOVSK=("Ulyanovsk","RU","city",54.32824,48.38657,True), ZVARTNOTS=("Zvartnots airport","AM","landmark",40.147,44.396,True),
)
# @@PLACES_END@@
ABOUT = ("Held-out set 'heldout3': passages written BLIND by a helper session on 2026-12-03, without reading the extractor's code "
 "(geo/, layers/), its lexicons (data/*.tsv, data/lexicon*) or the dev and eval passages (testdata/dev/, testdata/eval/), and without running the extractor "
 "on them; only testdata/goldbuild.py, testdata/heldout2/build_gold.py (its ABOUT string and a few add() calls, for format and conventions; its passages "
 "were not reused), ../shared/eval/seeds.gold.json and ../shared/SCHEMA.md were read, and data/gazetteer.tsv.gz was grepped for coordinates. "
 "Facts are approximate, written from memory of real events and not copied from any report, and must not be used as a news source. Do not tune rules on this set.")
build('heldout3', P, PL, ABOUT, words=(60, 200), sort_toponyms=True)
