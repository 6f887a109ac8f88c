#!/usr/bin/env python3
"""Regenerates testdata/heldout4/texts/*.txt and heldout4.gold.json (offsets computed, never by hand).
Run from the repo root: python3 testdata/heldout4/build_gold.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuild import build  # noqa: E402
P = []
def add(slug, pub, text, tops, events, mn=()):
    P.append(dict(slug=slug, pub=pub, text=text, tops=tops, events=events, mn=list(mn)))
# tops: (text, place, role) in text order. events: (id, type, place, prec, date, dprec, actors, counts dict, quote, required[, also[, alt_places]])
# mn (must_not): (type or "*", place, why)
AA = ["Armenia", "Azerbaijan"]
AN = ["Azerbaijan", "Nagorno-Karabakh Armenians"]

# ---------------- ACLED-style notes, Armenia-Azerbaijan 2020-2023 (14) ----------------
add("a01-acled-dondar-qushchu", "2020-07-20",
"""On 14 July 2020, Military Forces of Armenia (2018-) shelled Dondar Qushchu village (Tovuz, Azerbaijan) with mortars and artillery from positions across the border. Several houses, the roof of the school and two farm vehicles were damaged; no casualties among residents were reported, according to the local executive authority. The shelling was part of the fighting along the Tovuz-Tavush section of the international border that began on 12 July. Fatalities: 0.""",
[("Armenia","AM","name|actor"),("Dondar Qushchu","DONDAR_QUSHCHU","location"),("Tovuz","TOVUZ_DIST","location"),("Azerbaijan","AZ","location"),("Tovuz","TOVUZ_DIST","location"),("Tavush","TAVUSH","location")],
[("clash-dondar-qushchu","clash","DONDAR_QUSHCHU",1,"2020-07-14","day",AA,{},"On 14 July 2020, Military Forces of Armenia (2018-) shelled Dondar Qushchu village (Tovuz, Azerbaijan) with mortars and artillery",True,["Several houses, the roof of the school and two farm vehicles were damaged"],["TOVUZ_DIST"]),
 ("clash-tovuz-tavush-start","clash","TOVUZ_DIST",2,"2020-07-12","day",AA,{},"the fighting along the Tovuz-Tavush section of the international border that began on 12 July",False,[],["TAVUSH"])],
[])

add("a02-acled-chinari-alibeyli", "2020-07-15",
"""On 13 July 2020, Military Forces of Azerbaijan (2003-) shelled Chinari (Berd, Tavush) with mortars and 122 mm howitzers, damaging three houses and the village kindergarten. On the same day, in the area of Alibeyli (Tovuz, Azerbaijan), on the other side of the border, Military Forces of Armenia (2018-) and Azerbaijani units exchanged heavy machine-gun and artillery fire; a 71-year-old resident of Alibeyli was killed when a shell hit his yard. Fatalities: 1.""",
[("Azerbaijan","AZ","name|actor"),("Chinari","CHINARI","location"),("Berd","BERD_MUN","location"),("Tavush","TAVUSH","location"),("Alibeyli","ALIBEYLI","location"),("Tovuz","TOVUZ_DIST","location"),("Azerbaijan","AZ","location"),("Armenia","AM","name|actor"),("Alibeyli","ALIBEYLI","location")],
[("clash-chinari","clash","BERD_MUN",2,"2020-07-13","day",AA,{},"On 13 July 2020, Military Forces of Azerbaijan (2003-) shelled Chinari (Berd, Tavush) with mortars and 122 mm howitzers",True,["damaging three houses and the village kindergarten"],["CHINARI","TAVUSH"]),
 ("clash-alibeyli","clash","TOVUZ_DIST",2,"2020-07-13","day",AA,{"fatalities":1},"in the area of Alibeyli (Tovuz, Azerbaijan), on the other side of the border, Military Forces of Armenia (2018-) and Azerbaijani units exchanged heavy machine-gun and artillery fire",True,["a 71-year-old resident of Alibeyli was killed when a shell hit his yard"],["ALIBEYLI"])],
[])

add("a03-acled-aygepar-ijevan-source", "2020-07-18",
"""On 17 July 2020, according to the press office of the Tavush governor in Ijevan, Military Forces of Azerbaijan (2003-) fired at Aygepar (Berd, Tavush) with large-calibre weapons in the morning, damaging the roof of the village school and a gas pipeline. Residents spent the night in basements. The governor's office, speaking from Ijevan, said no one was hurt. Military Forces of Armenia (2018-) reported that they had returned fire and suppressed the Azerbaijani firing points. Fatalities: 0.""",
[("Tavush","TAVUSH","name|location"),("Ijevan","IJEVAN","location"),("Azerbaijan","AZ","name|actor"),("Aygepar","AYGEPAR","location"),("Berd","BERD_MUN","location"),("Tavush","TAVUSH","location"),("Ijevan","IJEVAN","location"),("Armenia","AM","name|actor")],
[("clash-aygepar","clash","BERD_MUN",2,"2020-07-17","day",AA,{},"Military Forces of Azerbaijan (2003-) fired at Aygepar (Berd, Tavush) with large-calibre weapons in the morning",True,["damaging the roof of the village school and a gas pipeline"],["AYGEPAR","TAVUSH"])],
[("*","IJEVAN","only the reporting source (the governor's office)")])

add("a04-acled-tovuz-officers-killed", "2020-07-15",
"""On 14 July 2020, Military Forces of Armenia (2018-) and Military Forces of Azerbaijan (2003-) clashed with artillery, mortars and drones on the border in the Tovuz district (Tovuz, Azerbaijan), around the height that the Azerbaijani side calls Lal Tepe. Major General Polad Hashimov, Colonel Ilgar Mirzayev and five other Azerbaijani servicemen were killed, according to the Azerbaijani Ministry of Defence. The Armenian side said two of its soldiers, Garush Hambardzumyan and Smbat Gabrielyan, died in the same fighting. Fatalities: 9.""",
[("Armenia","AM","name|actor"),("Azerbaijan","AZ","name|actor"),("Tovuz","TOVUZ_DIST","location"),("Tovuz","TOVUZ_DIST","location"),("Azerbaijan","AZ","location"),("Lal Tepe","LAL_TEPE","location")],
[("clash-tovuz-jul14","clash","TOVUZ_DIST",2,"2020-07-14","day",AA,{"fatalities":9},"On 14 July 2020, Military Forces of Armenia (2018-) and Military Forces of Azerbaijan (2003-) clashed with artillery, mortars and drones on the border in the Tovuz district (Tovuz, Azerbaijan)",True,["Major General Polad Hashimov, Colonel Ilgar Mirzayev and five other Azerbaijani servicemen were killed","The Armenian side said two of its soldiers, Garush Hambardzumyan and Smbat Gabrielyan, died in the same fighting"],["LAL_TEPE"])],
[])

add("a05-acled-baku-protest", "2020-07-16",
"""In the night of 14 to 15 July 2020, thousands of people marched through central Baku (Sabail, Baku) calling for mobilisation and war with Armenia after the deaths of officers in the fighting in Tovuz. A group of protesters broke into the building of the National Assembly and damaged property; Police Forces of Azerbaijan (2003-) dispersed the crowd with water cannon and detained several participants. President Ilham Aliyev accused the opposition Popular Front of organising the break-in. Fatalities: 0.""",
[("Baku","BAKU","location"),("Sabail","SABAIL","location"),("Baku","BAKU","location"),("Armenia","AM","actor"),("Tovuz","TOVUZ_DIST","location"),("Azerbaijan","AZ","name|actor")],
[("clash-tovuz-recalled","clash","TOVUZ_DIST",2,"2020-07","month",AA,{},"after the deaths of officers in the fighting in Tovuz",False)],
[("clash","BAKU","a protest and a break-in, not an armed clash"),("clash","SABAIL","a protest"),("*","AM","'war with Armenia' is a demand, not an event")])

add("a06-acled-kut-capture", "2021-05-28",
"""On 27 May 2021, Military Forces of Azerbaijan (2003-) surrounded and captured six Armenian servicemen who were carrying out engineering work near the village of Kut (Vardenis, Gegharkunik), close to the border with Kalbajar district. No shots were fired, the Armenian Ministry of Defence said; it called the servicemen abducted on Armenian territory, while Baku said they had been detained after crossing into Azerbaijan to mine roads. The six were later taken to Baku. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Kut","KUT","location"),("Vardenis","VARDENIS_MUN","location"),("Gegharkunik","GEGHARKUNIK","location"),("Kalbajar","KALBAJAR","location"),("Baku","BAKU","actor"),("Azerbaijan","AZ","location"),("Baku","BAKU","location")],
[],
[("clash","KUT","'No shots were fired': a capture of soldiers (an arrest), not an armed clash"),("clash","VARDENIS_MUN","a capture, no fire"),("*","BAKU","the government, and where the captives were taken"),("*","KALBAJAR","a border reference")])

add("a07-acled-yeraskh-sniper", "2021-07-24",
"""On 23 July 2021, at around 15:40, a contract serviceman of the Military Forces of Armenia (2018-) was wounded by sniper fire from Azerbaijani positions on the Nakhchivan section of the border near Yeraskh (Ararat, Armenia). The Armenian Ministry of Defence said fire had been opened with small arms and sniper rifles at its positions in the area of Yeraskh. The Ministry of Defence of Azerbaijan denied the report and said Armenian units had instead fired at its posts near Sadarak. Fatalities: 0.""",
[("Armenia","AM","name|actor"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Yeraskh","YERASKH","location"),("Ararat","ARARAT_PROV","location"),("Armenia","AM","location"),("Yeraskh","YERASKH","location"),("Azerbaijan","AZ","name"),("Sadarak","SADARAK","location")],
[("clash-yeraskh","clash","ARARAT_PROV",2,"2021-07-23","day",AA,{"injured":1},"a contract serviceman of the Military Forces of Armenia (2018-) was wounded by sniper fire from Azerbaijani positions on the Nakhchivan section of the border near Yeraskh (Ararat, Armenia)",True,["The Armenian Ministry of Defence said fire had been opened with small arms and sniper rifles at its positions in the area of Yeraskh"],["YERASKH","NAKHCHIVAN_AR"]),
 ("clash-sadarak-claim","clash","SADARAK",2,"2021-07-23","day",AA,{},"said Armenian units had instead fired at its posts near Sadarak",False,[],["NAKHCHIVAN_AR"])],
[])

add("a08-acled-sotk-overnight", "2021-09-01",
"""On 1 September 2021, the Armenian Ministry of Defence reported that Military Forces of Azerbaijan (2003-) had opened fire overnight on Armenian positions in the eastern part of Gegharkunik, in the area of Sotk (Vardenis, Gegharkunik); a contract soldier of the Military Forces of Armenia (2018-) was killed. Azerbaijan's Defence Ministry said its own positions in Kalbajar district had come under fire from the direction of Sotk and called the Armenian statement disinformation. Fatalities: 1.""",
[("Azerbaijan","AZ","name|actor"),("Gegharkunik","GEGHARKUNIK","location"),("Sotk","SOTK","location"),("Vardenis","VARDENIS_MUN","location"),("Gegharkunik","GEGHARKUNIK","location"),("Armenia","AM","name|actor"),("Azerbaijan","AZ","name"),("Kalbajar","KALBAJAR","location"),("Sotk","SOTK","location")],
[("clash-sotk-2021","clash","VARDENIS_MUN",2,"2021-09-01","day",AA,{"fatalities":1},"Military Forces of Azerbaijan (2003-) had opened fire overnight on Armenian positions in the eastern part of Gegharkunik, in the area of Sotk (Vardenis, Gegharkunik)",True,["a contract soldier of the Military Forces of Armenia (2018-) was killed"],["SOTK","GEGHARKUNIK"]),
 ("clash-kalbajar-claim","clash","KALBAJAR",2,"2021-09-01","day",AA,{},"Azerbaijan's Defence Ministry said its own positions in Kalbajar district had come under fire from the direction of Sotk",False)],
[])

add("a09-acled-vardenis-sept2022", "2022-09-14",
"""On 13 September 2022, at around 00:05, Military Forces of Azerbaijan (2003-) shelled the town of Vardenis and the villages of Sotk and Kut (Vardenis, Gegharkunik) with artillery and large-calibre weapons. An Armenian soldier was killed near Sotk, and the administrative building of the gold mine in Sotk was hit and caught fire. Military Forces of Armenia (2018-) returned fire. The Azerbaijani side said it was responding to "large-scale provocations" by Armenian units in the Kalbajar and Lachin directions. Fatalities: 1.""",
[("Azerbaijan","AZ","name|actor"),("Vardenis","VARDENIS","location"),("Sotk","SOTK","location"),("Kut","KUT","location"),("Vardenis","VARDENIS_MUN","location"),("Gegharkunik","GEGHARKUNIK","location"),("Sotk","SOTK","location"),("Sotk","SOTK","location"),("Armenia","AM","name|actor"),("Kalbajar","KALBAJAR","location"),("Lachin","LACHIN_DIST","location")],
[("clash-vardenis-town","clash","VARDENIS",1,"2022-09-13","day",AA,{},"On 13 September 2022, at around 00:05, Military Forces of Azerbaijan (2003-) shelled the town of Vardenis",True,[],["VARDENIS_MUN"]),
 ("clash-sotk-2022","clash","VARDENIS_MUN",2,"2022-09-13","day",AA,{"fatalities":1},"On 13 September 2022, at around 00:05, Military Forces of Azerbaijan (2003-) shelled the town of Vardenis and the villages of Sotk and Kut (Vardenis, Gegharkunik) with artillery and large-calibre weapons",True,["An Armenian soldier was killed near Sotk, and the administrative building of the gold mine in Sotk was hit and caught fire"],["SOTK","KUT"]),
 ("clash-kalbajar-lachin-claim","clash","KALBAJAR",2,"2022-09-13","day",AA,{},"The Azerbaijani side said it was responding to \"large-scale provocations\" by Armenian units in the Kalbajar and Lachin directions",False,[],["LACHIN_DIST"])],
[])

add("a10-acled-kapan-unnamed-village", "2022-09-15",
"""On 14 September 2022, a drone of the Military Forces of Azerbaijan (2003-) struck a residential house in a village of Kapan municipality (Kapan, Syunik), wounding two civilians, a woman and her teenage son, according to the Syunik governor. The name of the village was not disclosed. Shelling was also reported overnight in the area of the airport under construction near Kapan. Military Forces of Armenia (2018-) said the situation on the border remained tense. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Kapan","KAPAN_MUN","location"),("Kapan","KAPAN_MUN","location"),("Syunik","SYUNIK","location"),("Syunik","SYUNIK","name|location"),("Kapan","KAPAN","location"),("Armenia","AM","name|actor")],
[("clash-kapan-drone","clash","KAPAN_MUN",2,"2022-09-14","day",AA,{"injured":2},"On 14 September 2022, a drone of the Military Forces of Azerbaijan (2003-) struck a residential house in a village of Kapan municipality (Kapan, Syunik)",True,["wounding two civilians, a woman and her teenage son"],["KAPAN","SYUNIK"]),
 ("clash-kapan-airport","clash","KAPAN",2,"2022-09-14","day",AA,{},"Shelling was also reported overnight in the area of the airport under construction near Kapan",False,[],["KAPAN_MUN"])],
[])

add("a11-acled-zangilan-mine", "2022-10-18",
"""On 17 October 2022, a tractor hit an anti-tank mine while ploughing a field near Mammadbayli village (Zangilan, Azerbaijan), in territory that returned to Azerbaijani control in late 2020. The driver died at the scene and his brother, who was riding with him, was seriously injured, according to the Mine Action Agency of Azerbaijan (ANAMA). Baku again accused Yerevan of refusing to hand over accurate maps of the minefields laid during the almost three decades of Armenian control. Fatalities: 1.""",
[("Mammadbayli","MAMMADBAYLI","location"),("Zangilan","ZANGILAN_DIST","location"),("Azerbaijan","AZ","location"),("Azerbaijan","AZ","name"),("Baku","BAKU","actor"),("Yerevan","YEREVAN","actor")],
[("inc-mammadbayli-mine","incident","ZANGILAN_DIST",2,"2022-10-17","day",[],{"fatalities":1,"injured":1},"On 17 October 2022, a tractor hit an anti-tank mine while ploughing a field near Mammadbayli village (Zangilan, Azerbaijan)",True,["The driver died at the scene and his brother, who was riding with him, was seriously injured"],["MAMMADBAYLI"])],
[("*","BAKU","the government"),("*","YEREVAN","the government"),("clash","ZANGILAN_DIST","a mine explosion, not a clash")])

add("a12-acled-khankendi-askeran-2023", "2023-09-20",
"""On 19 September 2023, Military Forces of Azerbaijan (2003-) launched what Baku called "local anti-terrorist measures" against the Nagorno-Karabakh Defence Army, striking its positions with artillery and drones along the whole line of contact. Shells fell on residential quarters of Khankendi (Stepanakert) (Khojaly, Azerbaijan), wounding a child; near Askeran (Khojaly, Azerbaijan) Azerbaijani units took several heights overlooking the road. The Nagorno-Karabakh ombudsman reported 27 dead, two of them civilians, and more than 200 wounded on the first day. Fatalities: 27.""",
[("Azerbaijan","AZ","name|actor"),("Baku","BAKU","actor"),("Nagorno-Karabakh","NK","name"),("Khankendi","STEPANAKERT","location"),("Stepanakert","STEPANAKERT","location"),("Khojaly","KHOJALY_DIST","location"),("Azerbaijan","AZ","location"),("Askeran","ASKERAN","location"),("Khojaly","KHOJALY_DIST","location"),("Azerbaijan","AZ","location"),("Nagorno-Karabakh","NK","name|location")],
[("clash-khankendi-2023","clash","STEPANAKERT",1,"2023-09-19","day",AN,{"injured":1},"Shells fell on residential quarters of Khankendi (Stepanakert) (Khojaly, Azerbaijan), wounding a child",True,["On 19 September 2023, Military Forces of Azerbaijan (2003-) launched what Baku called \"local anti-terrorist measures\" against the Nagorno-Karabakh Defence Army"],["KHOJALY_DIST"]),
 ("clash-askeran-2023","clash","ASKERAN",2,"2023-09-19","day",AN,{},"near Askeran (Khojaly, Azerbaijan) Azerbaijani units took several heights overlooking the road",True,[],["KHOJALY_DIST"]),
 ("clash-nk-2023","clash","NK",3,"2023-09-19","day",AN,{"fatalities":27,"injured":200},"striking its positions with artillery and drones along the whole line of contact",False,["The Nagorno-Karabakh ombudsman reported 27 dead, two of them civilians, and more than 200 wounded on the first day"])],
[("*","BAKU","'what Baku called': the government")])

add("a13-acled-hakari-arrest", "2023-09-28",
"""On 27 September 2023, officers of the State Border Service and Police Forces of Azerbaijan (2003-) detained Ruben Vardanyan, a former state minister of the de facto Nagorno-Karabakh authorities, at the Lachin checkpoint near the Hakari bridge (Lachin, Azerbaijan) as he tried to leave for Armenia with a convoy of refugees. He was taken to Baku and charged with financing terrorism and illegal border crossing. Tens of thousands of Karabakh Armenians crossed the checkpoint that week on their way to Goris. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Nagorno-Karabakh","NK","actor|name"),("Lachin","LACHIN_DIST","location"),("Hakari","HAKARI_BRIDGE","location"),("Lachin","LACHIN_DIST","location"),("Azerbaijan","AZ","location"),("Armenia","AM","location"),("Baku","BAKU","location"),("Karabakh","NK","name|location"),("Goris","GORIS","location")],
[],
[("clash","HAKARI_BRIDGE","an arrest at a checkpoint, not a clash"),("clash","LACHIN_DIST","an arrest"),("*","BAKU","where the detainee was taken"),("*","GORIS","where refugees were going")])

add("a14-acled-fuel-depot-explosion", "2023-10-02",
"""On 25 September 2023, a fuel depot exploded beside the Stepanakert-Askeran highway (Khojaly, Azerbaijan) while hundreds of residents were queuing for petrol before leaving for Armenia. Local authorities first reported at least 20 dead; by 28 September the toll had risen to 170, and later to 218, with more than 290 people injured, many with severe burns. The cause was not established. The Azerbaijani Prosecutor General's Office said it had opened a criminal case, and there was no indication that the blast was the result of an attack. Fatalities: 218.""",
[("Stepanakert","STEPANAKERT","location"),("Askeran","ASKERAN","location"),("Khojaly","KHOJALY_DIST","location"),("Azerbaijan","AZ","location"),("Armenia","AM","location")],
[("inc-fuel-depot","incident","STEPANAKERT",2,"2023-09-25","day",[],{"fatalities":218,"injured":290},"On 25 September 2023, a fuel depot exploded beside the Stepanakert-Askeran highway (Khojaly, Azerbaijan)",True,["by 28 September the toll had risen to 170, and later to 218, with more than 290 people injured"],["ASKERAN","KHOJALY_DIST"])],
[("clash","STEPANAKERT","an explosion with no indication of an attack"),("*","AM","where residents were leaving for")])

# ---------------- Armenia-Azerbaijan / Turkey / Russia, other styles (8) ----------------
add("b01-reuters-baku-metsamor", "2020-07-16",
"""BAKU, July 16 (Reuters) - Azerbaijan's defence ministry warned on Thursday that its forces could strike Armenia's Metsamor nuclear power plant if Armenian troops targeted strategic sites such as the Mingachevir reservoir, as border clashes entered their fifth day.

Yerevan called the warning "a threat of nuclear terrorism". Fighting in the Tovuz region, which lies on the pipelines carrying Caspian oil and gas to Turkey and Europe, has killed at least 16 people on both sides since Sunday, including an Azerbaijani general and a 71-year-old villager.

Armenia's defence ministry said Azerbaijani forces had shelled the village of Chinari in Tavush province overnight, damaging homes, while Baku said Armenian artillery had hit Alibeyli and Dondar Qushchu.

Ankara said it stood by Baku "with all its means". Moscow called for restraint.""",
[("BAKU","BAKU","location"),("Azerbaijan","AZ","name"),("Armenia","AM","location|name"),("Metsamor","METSAMOR","location"),("Mingachevir","MINGACHEVIR","location"),("Yerevan","YEREVAN","actor"),("Tovuz","TOVUZ_DIST","location"),
 ("Turkey","TR","location"),("Europe","EUROPE","location"),("Armenia","AM","name"),("Chinari","CHINARI","location"),("Tavush","TAVUSH","location"),("Baku","BAKU","actor"),("Alibeyli","ALIBEYLI","location"),("Dondar Qushchu","DONDAR_QUSHCHU","location"),
 ("Ankara","ANKARA","actor"),("Baku","BAKU","actor"),("Moscow","MOSCOW","actor")],
[("clash-tovuz-since-sunday","clash","TOVUZ_DIST",2,"2020-07-12","day",AA,{"fatalities":16},"Fighting in the Tovuz region, which lies on the pipelines carrying Caspian oil and gas to Turkey and Europe, has killed at least 16 people on both sides since Sunday",True),
 ("clash-chinari-overnight","clash","BERD_MUN",2,"2020-07-16","day",AA,{},"Armenia's defence ministry said Azerbaijani forces had shelled the village of Chinari in Tavush province overnight",True,[],["CHINARI","TAVUSH"]),
 ("clash-alibeyli-claim","clash","TOVUZ_DIST",2,"2020-07-16","day",AA,{},"Baku said Armenian artillery had hit Alibeyli and Dondar Qushchu",False,[],["ALIBEYLI","DONDAR_QUSHCHU"])],
[("clash","METSAMOR","a conditional threat, nothing happened"),("clash","MINGACHEVIR","a hypothetical target"),("*","TR","pipeline route"),("*","EUROPE","pipeline route"),
 ("*","ANKARA","the government"),("*","MOSCOW","the government"),("clash","YEREVAN","the government"),("*","BAKU","dateline and the government")])

# @@PASSAGES_END@@
# key: (name, country, level, lat, lon, scored). Coordinates from data/gazetteer.tsv.gz where it has the place (admin1 points:
# the gazetteer's admin1 point where it has the same name, else a rough centroid); otherwise given by hand (approximate).
PL = dict(
AM=("Armenia","AM","country",40.2,45.0,True), AZ=("Azerbaijan","AZ","country",40.3,47.7,True), TR=("Turkey","TR","country",39.0,35.0,True),
RU=("Russia","RU","country",60.0,90.0,True), NK=("Nagorno-Karabakh","AZ","region",39.9,46.7,True), EUROPE=("Europe",None,"region",50.0,10.0,False),
YEREVAN=("Yerevan","AM","city",40.17765,44.5126,True), BAKU=("Baku","AZ","city",40.37767,49.89201,True), MOSCOW=("Moscow","RU","city",55.75204,37.61781,True),
ANKARA=("Ankara","TR","city",39.91987,32.85427,True), SABAIL=("Sabail","AZ","district",40.36,49.83,True),
DONDAR_QUSHCHU=("Dondar Quşçu","AZ","village",40.9539,45.61942,True), TOVUZ_DIST=("Tovuz District","AZ","admin1",40.99249,45.62838,True), TOVUZ=("Tovuz","AZ","city",40.99249,45.62838,True),
ALIBEYLI=("Alibeyli","AZ","village",41.03,45.57,True), LAL_TEPE=("Lal Tepe height","AZ","landmark",40.97,45.56,True),
TAVUSH=("Tavush","AM","admin1",40.88037,45.14776,True), BERD_MUN=("Berd Municipality","AM","district",40.88678,45.43393,True), BERD=("Berd","AM","village",40.88066,45.38901,True),
CHINARI=("Chinari","AM","village",40.93,45.47,True), AYGEPAR=("Aygepar","AM","village",40.96,45.46,True), IJEVAN=("Ijevan","AM","city",40.88037,45.14776,True),
GEGHARKUNIK=("Gegharkunik","AM","admin1",40.35398,45.12386,True), VARDENIS_MUN=("Vardenis Municipality","AM","district",40.19657,45.68706,True), VARDENIS=("Vardenis","AM","city",40.1827,45.73156,True),
KUT=("Kut","AM","village",40.13,45.80,True), SOTK=("Sotk","AM","village",40.22,45.93,True), KALBAJAR=("Kalbajar District","AZ","admin1",40.10984,46.04446,True),
NAKHCHIVAN_AR=("Nakhchivan Autonomous Republic","AZ","admin1",39.20889,45.41222,True), SADARAK=("Sadarak Rayon","AZ","district",39.72286,44.84846,True),
ARARAT_PROV=("Ararat","AM","admin1",39.95484,44.54874,True), YERASKH=("Yeraskh","AM","village",39.79,44.80,True),
SYUNIK=("Syunik","AM","admin1",39.20762,46.40678,True), KAPAN_MUN=("Kapan Municipality","AM","district",39.20762,46.40678,True), KAPAN=("Kapan","AM","city",39.20762,46.40678,True),
GORIS=("Goris","AM","city",39.51111,46.34168,True), LACHIN_DIST=("Lachin District","AZ","admin1",39.59881,46.55045,True), HAKARI_BRIDGE=("Hakari bridge checkpoint","AZ","landmark",39.53,46.47,True),
ZANGILAN_DIST=("Zangilan District","AZ","admin1",39.08371,46.65988,True), MAMMADBAYLI=("Mammadbayli","AZ","village",39.10,46.60,True),
STEPANAKERT=("Khankendi (Stepanakert)","AZ","city",39.8177,46.7528,True), KHOJALY_DIST=("Khojaly District","AZ","admin1",39.91361,46.79213,True), ASKERAN=("Askeran","AZ","city",39.94,46.83,True),
METSAMOR=("Metsamor","AM","city",40.07246,44.2905,True), MINGACHEVIR=("Mingachevir reservoir","AZ","landmark",40.88,46.85,True),
)
# @@PLACES_END@@
ABOUT = ("Held-out set 'heldout4': passages written BLIND by a helper session on 2026-12-03 (see the full note below).")
build('heldout4', P, PL, ABOUT, words=(60, 200), sort_toponyms=True)
