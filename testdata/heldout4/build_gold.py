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

add("b02-ap-karabakh-said-tuesday", "2023-09-19",
"""YEREVAN, Armenia (AP) — Azerbaijan launched artillery and drone strikes on Armenian positions in Nagorno-Karabakh on Tuesday, saying it had begun "anti-terrorist measures" to restore its constitutional order in the region. Officials in Stepanakert, the region's capital, said at least two civilians were killed, one of them a child, and 11 people were wounded.

Azerbaijan's Defense Ministry said Tuesday that four police officers and two civilian road workers died earlier in the day when two mines exploded on the road between Fuzuli and Shusha, and blamed Armenian saboteurs.

Armenia's Prime Minister Nikol Pashinyan said Tuesday that his country had no troops in Karabakh. Hundreds of protesters gathered outside the government building in Yerevan, demanding that he act. Russia, which has about 2,000 peacekeepers in the region, called for an end to the bloodshed; Moscow denied reports that it had been warned in advance.""",
[("YEREVAN","YEREVAN","location"),("Armenia","AM","location"),("Azerbaijan","AZ","actor"),("Nagorno-Karabakh","NK","location"),("Stepanakert","STEPANAKERT","location"),("Azerbaijan","AZ","name"),("Fuzuli","FUZULI","location"),("Shusha","SHUSHA","location"),
 ("Armenia","AM","name"),("Karabakh","NK","location"),("Yerevan","YEREVAN","location"),("Russia","RU","actor"),("Moscow","MOSCOW","actor")],
[("clash-nk-sept19","clash","NK",3,"2023-09-19","day",AN,{"fatalities":2,"injured":11},"Azerbaijan launched artillery and drone strikes on Armenian positions in Nagorno-Karabakh on Tuesday",True,["Officials in Stepanakert, the region's capital, said at least two civilians were killed, one of them a child, and 11 people were wounded"],["STEPANAKERT"]),
 ("inc-fuzuli-shusha-mines","incident","FUZULI",2,"2023-09-19","day",[],{"fatalities":6},"four police officers and two civilian road workers died earlier in the day when two mines exploded on the road between Fuzuli and Shusha",True,[],["SHUSHA"]),
 ("dep-nk-peacekeepers","deployment","NK",3,"2023-09","month",["Russia"],{"troops":2000},"Russia, which has about 2,000 peacekeepers in the region",False)],
[("clash","YEREVAN","dateline and a protest"),("*","MOSCOW","'Moscow denied': the government")])

add("b03-azertac-basarkechar", "2022-09-28",
"""Baku, September 28, AZERTAC

On September 28, at about 14:30, units of the Armenian armed forces, using large-caliber weapons and mortars, subjected to fire the positions of the Azerbaijan Army Units stationed in the direction of Kalbajar district from the positions located in the direction of the Basarkechar region, the Ministry of Defense told AZERTAC.

In addition the Armenian armed forces positions in direction of Gorus and Garakilsa regions made provocations, sniper fire was opened at our positions in the directions of Lachin district .

Units of the Azerbaijan Army took adequate retaliatory measures to supress the enemy firing points. There are no losses among the personel. The operational situation in the direction is under full control of our Army units, the ministry added.""",
[("Baku","BAKU","location"),("Azerbaijan","AZ","name"),("Kalbajar","KALBAJAR","location"),("Basarkechar","VARDENIS_MUN","location"),("Gorus","GORIS_MUN","location"),("Garakilsa","SISIAN_MUN","location"),("Lachin","LACHIN_DIST","location"),("Azerbaijan","AZ","name")],
[("clash-kalbajar-basarkechar","clash","KALBAJAR",2,"2022-09-28","day",AA,{},"units of the Armenian armed forces, using large-caliber weapons and mortars, subjected to fire the positions of the Azerbaijan Army Units stationed in the direction of Kalbajar district",True,["Units of the Azerbaijan Army took adequate retaliatory measures to supress the enemy firing points"],["VARDENIS_MUN"]),
 ("clash-lachin-sniper","clash","LACHIN_DIST",2,"2022-09-28","day",AA,{},"sniper fire was opened at our positions in the directions of Lachin district",True,[],["GORIS_MUN","SISIAN_MUN"])],
[("*","BAKU","dateline")])

add("b04-armenian-mod-sectors", "2022-09-13",
"""Statement of the Ministry of Defence of the Republic of Armenia

On September 13, from 00:05, the armed forces of Azerbaijan launched intensive shelling with artillery and large-calibre firearms at Armenian positions in the directions of Goris, Sotk and Jermuk. The enemy is also using attack drones.

As of 08:00, the situation remains tense in the following sectors:
– Jermuk: artillery fire on positions and on the outskirts of the town; a drone hit a military truck.
– Kapan: mortar shells fell near the village of Nerkin Hand, damaging a house.
– Vardenis: fire continues on positions near Sotk and Kut.

According to preliminary data, the Armenian side has 49 servicemen killed; the exact number of wounded is being clarified. In the Meghri and Yeraskh directions the situation is relatively stable. The Ministry of Defence will release further information.""",
[("Armenia","AM","name"),("Azerbaijan","AZ","actor|name"),("Goris","GORIS","location"),("Sotk","SOTK","location"),("Jermuk","JERMUK","location"),("Jermuk","JERMUK","location"),("Kapan","KAPAN_MUN","location"),("Nerkin Hand","NERKIN_HAND","location"),("Vardenis","VARDENIS_MUN","location"),("Sotk","SOTK","location"),("Kut","KUT","location"),("Meghri","MEGHRI","location"),("Yeraskh","YERASKH","location")],
[("clash-goris-dir","clash","GORIS",2,"2022-09-13","day",AA,{},"launched intensive shelling with artillery and large-calibre firearms at Armenian positions in the directions of Goris, Sotk and Jermuk",True),
 ("clash-jermuk-sector","clash","JERMUK",2,"2022-09-13","day",AA,{},"Jermuk: artillery fire on positions and on the outskirts of the town; a drone hit a military truck",True,["launched intensive shelling with artillery and large-calibre firearms at Armenian positions in the directions of Goris, Sotk and Jermuk"]),
 ("clash-nerkin-hand","clash","KAPAN_MUN",2,"2022-09-13","day",AA,{},"Kapan: mortar shells fell near the village of Nerkin Hand, damaging a house",True,[],["NERKIN_HAND"]),
 ("clash-sotk-sector","clash","VARDENIS_MUN",2,"2022-09-13","day",AA,{},"Vardenis: fire continues on positions near Sotk and Kut",True,["launched intensive shelling with artillery and large-calibre firearms at Armenian positions in the directions of Goris, Sotk and Jermuk"],["SOTK","KUT"])],
[("clash","MEGHRI","'relatively stable'"),("clash","YERASKH","'relatively stable'")])

add("b05-peacekeepers-bulletin", "2021-03-22",
"""Information bulletin of the Russian peacekeeping contingent in Nagorno-Karabakh (as of 08:00, 22.03.2021)

The peacekeeping contingent continues to monitor the ceasefire at 27 observation posts. Over the past day no violations of the ceasefire regime were recorded.

Peacekeepers escorted 12 buses with 410 refugees returning from Yerevan to Stepanakert through the Lachin corridor. Since 14 November, more than 52,000 residents have returned.

Sappers of the International Mine Action Centre cleared 5.6 hectares of land and 3.1 km of roads near Karin Tak and found and destroyed 41 explosive objects.

At the joint Russian-Turkish monitoring centre near Kiyazli in the Aghdam district, opened on 30 January, officers of both countries conducted two UAV flights along the line of contact.""",
[("Nagorno-Karabakh","NK","location"),("Yerevan","YEREVAN","location"),("Stepanakert","STEPANAKERT","location"),("Lachin corridor","LACHIN_CORRIDOR","location"),("Karin Tak","KARIN_TAK","location"),("Kiyazli","KIYAZLI","location"),("Aghdam","AGHDAM_DIST","location")],
[("dep-demining-karin-tak","deployment","KARIN_TAK",2,"2021-03-21","day",["Russia"],{},"Sappers of the International Mine Action Centre cleared 5.6 hectares of land and 3.1 km of roads near Karin Tak",False),
 ("dep-jmc-kiyazli","deployment","KIYAZLI",2,"2021-01-30","day",["Russia","Turkey"],{},"At the joint Russian-Turkish monitoring centre near Kiyazli in the Aghdam district, opened on 30 January",True,[],["AGHDAM_DIST"]),
 ("dep-nk-posts","deployment","NK",3,"2021-03-22","day",["Russia"],{},"The peacekeeping contingent continues to monitor the ceasefire at 27 observation posts",False,[],["LACHIN_CORRIDOR"])],
[("clash","NK","'no violations of the ceasefire regime were recorded'"),("*","YEREVAN","where refugees came from")])

add("b06-tass-102nd-base-exercise", "2022-03-03",
"""YEREVAN, March 3. /TASS/. More than 1,000 servicemen of the Russian military base in Armenia will take part in a tactical exercise at the Kamkhud and Alagyaz training ranges from March 10 to 14, the press service of the Southern Military District said on Thursday.

"During the active phase, motorised rifle units will practice repelling an attack by a notional enemy and conducting a counter-offensive in mountainous terrain," the press service said. The drills will involve up to 300 pieces of equipment, and MiG-29 fighters of the Erebuni airbase near Yerevan will provide air cover.

The 102nd military base, headquartered in Gyumri, has been stationed in Armenia since 1995 under a treaty extended in 2010 until 2044. It is part of the Southern Military District.""",
[("YEREVAN","YEREVAN","location"),("Armenia","AM","location"),("Kamkhud","KAMKHUD","location"),("Alagyaz","ALAGYAZ","location"),("Erebuni","EREBUNI","location"),("Yerevan","YEREVAN","location"),("Gyumri","GYUMRI","location"),("Armenia","AM","location")],
[("ex-kamkhud-alagyaz","exercise","KAMKHUD",2,"2022-03-10","day",["Russia"],{"troops":1000},"More than 1,000 servicemen of the Russian military base in Armenia will take part in a tactical exercise at the Kamkhud and Alagyaz training ranges from March 10 to 14",True,["During the active phase, motorised rifle units will practice repelling an attack"],["ALAGYAZ","GYUMRI"]),
 ("dep-gyumri-base","deployment","GYUMRI",1,"1995","year",["Russia"],{},"The 102nd military base, headquartered in Gyumri, has been stationed in Armenia since 1995",False)],
[("*","YEREVAN","dateline"),("clash","KAMKHUD","a 'notional enemy' in a drill")])

add("b07-washington-initialled", "2025-08-09",
"""WASHINGTON — The leaders of Armenia and Azerbaijan met at the White House on Friday with President Donald Trump, and their foreign ministers initialled the text of a peace agreement that the two sides had finalised in March.

Ilham Aliyev and Nikol Pashinyan also signed a joint declaration with Trump under which Armenia will allow a transit route across its Syunik province to connect Azerbaijan with its Nakhchivan exclave. The route is to be developed by a U.S. company and named the Trump Route for International Peace and Prosperity.

The treaty still has to be signed and ratified; Baku insists that Yerevan first amend its constitution. The two leaders had met in Abu Dhabi in July without a breakthrough. They also asked the OSCE to dissolve the Minsk Group, which had mediated since 1992. Moscow, sidelined, said it welcomed any steps toward peace.""",
[("WASHINGTON","WASHINGTON","location"),("Armenia","AM","actor"),("Azerbaijan","AZ","actor"),("White House","WHITE_HOUSE","location"),("Armenia","AM","actor"),("Syunik","SYUNIK","location"),("Azerbaijan","AZ","location"),("Nakhchivan","NAKHCHIVAN_AR","location"),("U.S.","US","name|actor"),
 ("Baku","BAKU","actor"),("Yerevan","YEREVAN","actor"),("Abu Dhabi","ABU_DHABI","location"),("Minsk","MINSK","name"),("Moscow","MOSCOW","actor")],
[("meet-white-house","meeting","WASHINGTON",1,"2025-08-08","day",["Armenia","Azerbaijan","United States"],{},"The leaders of Armenia and Azerbaijan met at the White House on Friday with President Donald Trump",True,[],["WHITE_HOUSE"]),
 ("agr-initialled","agreement","WASHINGTON",1,"2025-08-08","day",["Armenia","Azerbaijan"],{},"their foreign ministers initialled the text of a peace agreement",True,["Ilham Aliyev and Nikol Pashinyan also signed a joint declaration with Trump"],["WHITE_HOUSE"]),
 ("meet-abu-dhabi","meeting","ABU_DHABI",1,"2025-07","month",["Armenia","Azerbaijan"],{},"The two leaders had met in Abu Dhabi in July without a breakthrough",False)],
[("*","SYUNIK","a planned transit route"),("*","NAKHCHIVAN_AR","a planned transit route"),("*","MINSK","'Minsk Group': a name"),("*","MOSCOW","the government"),("*","BAKU","the government"),("*","YEREVAN","the government")])

add("b08-analysis-tavush-delimitation", "2024-04-24",
"""The four deserted villages that Yerevan agreed last week to return are a reminder of how the first war began. Baghanis Ayrum, Ashagi Askipara, Kheyrimli and Gizilhajili in Azerbaijan's Gazakh district were taken by Armenian forces in 1991-92, two years before the Bishkek ceasefire of May 1994 froze the front around Karabakh. On 19 April the two border commissions agreed on a 12.7-km section between Armenia's Tavush province and Gazakh, and on Tuesday surveyors placed the first markers. Residents of Kirants, who fear losing their road to Georgia, blocked the highway in protest, led by an archbishop. The South Caucasus has become a battleground for influence, and Moscow, Ankara and Tehran each read the deal differently. Even football is drawn in: Qarabag, the club forced out of Aghdam in 1993, now plays in Baku and celebrated the league title on Sunday.""",
[("Yerevan","YEREVAN","actor"),("Baghanis Ayrum","BAGHANIS_AYRUM","location"),("Ashagi Askipara","ASHAGI_ASKIPARA","location"),("Kheyrimli","KHEYRIMLI","location"),("Gizilhajili","GIZILHAJILI","location"),("Azerbaijan","AZ","location"),("Gazakh","GAZAKH_DIST","location"),("Bishkek","BISHKEK","name|location"),("Karabakh","NK","location"),
 ("Armenia","AM","location"),("Tavush","TAVUSH","location"),("Gazakh","GAZAKH_DIST","location"),("Kirants","KIRANTS","location"),("Georgia","GE","location"),("South Caucasus","SOUTH_CAUCASUS","location"),("Moscow","MOSCOW","actor"),("Ankara","ANKARA","actor"),("Tehran","TEHRAN","actor"),("Qarabag","NK","name"),("Aghdam","AGHDAM","location"),("Baku","BAKU","location")],
[("agr-tavush-gazakh","agreement","TAVUSH",3,"2024-04-19","day",["Armenia","Azerbaijan"],{},"On 19 April the two border commissions agreed on a 12.7-km section between Armenia's Tavush province and Gazakh",True,[],["GAZAKH_DIST","KIRANTS"]),
 ("clash-gazakh-1991","clash","GAZAKH_DIST",2,"1991","year",AA,{},"were taken by Armenian forces in 1991-92",False,[],["BAGHANIS_AYRUM","ASHAGI_ASKIPARA","KHEYRIMLI","GIZILHAJILI"]),
 ("agr-bishkek-1994","agreement","BISHKEK",1,"1994-05","month",["Armenia","Azerbaijan","Nagorno-Karabakh Armenians"],{},"the Bishkek ceasefire of May 1994",False,[],["NK"])],
[("clash","KIRANTS","a protest blocking a road"),("*","SOUTH_CAUCASUS","a figure of speech ('a battleground for influence')"),("*","MOSCOW","government"),("*","ANKARA","government"),("*","TEHRAN","government"),
 ("*","AGHDAM","a football club's history"),("*","BAKU","a football club celebrating"),("*","GE","where the road leads")])

# ---------------- other wars, styles not in heldout3 (8) ----------------
add("c01-sudan-el-fasher-flash-update", "2024-06-10",
"""Sudan: El Fasher flash update (as of 10 June 2024)

On 8 June, Rapid Support Forces (RSF) fighters stormed the South Hospital in El Fasher, North Darfur, opening fire inside the compound and looting an ambulance, according to Médecins Sans Frontières, which suspended its support to the facility. The hospital had been the last one in the city able to treat mass casualties.

Shelling attributed to the RSF hit Abu Shouk camp for internally displaced people on 7 and 8 June, killing at least 12 people, five of them children, local volunteers said. Sudan's army carried out airstrikes on RSF positions east of the city.

Since fighting for El Fasher escalated on 10 May, more than 130,000 people have fled, many to Tawila and Zamzam camp. The authorities in Port Sudan accused the RSF of "genocide".""",
[("Sudan","SD","location"),("El Fasher","EL_FASHER","location"),("El Fasher","EL_FASHER","location"),("North Darfur","NORTH_DARFUR","location"),("Abu Shouk","ABU_SHOUK","location"),("Sudan","SD","name"),("El Fasher","EL_FASHER","location"),("Tawila","TAWILA","location"),("Zamzam","ZAMZAM","location"),("Port Sudan","PORT_SUDAN","actor|location")],
[("clash-south-hospital","clash","EL_FASHER",1,"2024-06-08","day",["RSF"],{},"On 8 June, Rapid Support Forces (RSF) fighters stormed the South Hospital in El Fasher, North Darfur, opening fire inside the compound",True),
 ("clash-abu-shouk","clash","ABU_SHOUK",1,"2024-06-07","day",["RSF"],{"fatalities":12},"Shelling attributed to the RSF hit Abu Shouk camp for internally displaced people on 7 and 8 June, killing at least 12 people",True,[],["EL_FASHER"]),
 ("clash-saf-airstrikes","clash","EL_FASHER",2,"2024-06","month",["Sudan","RSF"],{},"Sudan's army carried out airstrikes on RSF positions east of the city",False),
 ("clash-el-fasher-may","clash","EL_FASHER",1,"2024-05-10","day",["Sudan","RSF"],{},"Since fighting for El Fasher escalated on 10 May",False)],
[("*","TAWILA","where people fled"),("*","ZAMZAM","where people fled"),("*","PORT_SUDAN","the government")])

add("c02-myanmar-lashio", "2024-08-05",
"""The Myanmar National Democratic Alliance Army (MNDAA) said on Saturday that it had seized the headquarters of the military regime's Northeastern Command in Lashio, the largest town in northern Shan State, after almost a month of fighting. It is the first regional command to fall to an armed group since the 2021 coup.

Residents said junta airstrikes on wards of Lashio had killed at least 15 civilians since Thursday and that thousands had fled towards Hsipaw. The regime's spokesman denied that the base had been lost and said fighting was continuing.

The MNDAA's ally, the Ta'ang National Liberation Army, captured the ruby-mining town of Mogok in Mandalay Region last week. A China-brokered truce agreed in Kunming in January collapsed in June. Naypyitaw has accused Beijing of doing too little to restrain the groups.""",
[("Myanmar","MM","name"),("Lashio","LASHIO","location"),("Shan State","SHAN","location"),("Lashio","LASHIO","location"),("Hsipaw","HSIPAW","location"),("Mogok","MOGOK","location"),("Mandalay Region","MANDALAY_REG","location"),("China","CN","actor"),("Kunming","KUNMING","location"),("Naypyitaw","NAYPYITAW","actor"),("Beijing","BEIJING","actor")],
[("clash-lashio-hq","clash","LASHIO",1,"2024-08-03","day",["MNDAA","Myanmar"],{},"said on Saturday that it had seized the headquarters of the military regime's Northeastern Command in Lashio",True,["after almost a month of fighting"]),
 ("clash-lashio-airstrikes","clash","LASHIO",1,"2024-08-01","day",["Myanmar"],{"fatalities":15},"Residents said junta airstrikes on wards of Lashio had killed at least 15 civilians since Thursday",True),
 ("clash-mogok","clash","MOGOK",1,"2024-07","month",["TNLA","Myanmar"],{},"captured the ruby-mining town of Mogok in Mandalay Region last week",True),
 ("agr-kunming","agreement","KUNMING",1,"2024-01","month",["MNDAA","TNLA","Myanmar","China"],{},"A China-brokered truce agreed in Kunming in January",False)],
[("*","HSIPAW","where residents fled"),("*","NAYPYITAW","the government"),("*","BEIJING","the government"),("clash","MM","'since the 2021 coup'")])

add("c03-sahel-barsalogho-tinzaouaten", "2024-08-28",
"""Sahel weekly: In Burkina Faso, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked soldiers and civilians who were digging a defensive trench around Barsalogho, in Sanmatenga province (Centre-Nord), on Saturday. A local toll put the dead at at least 150; some residents spoke of several hundred. The army had ordered residents to dig the trench, and the government in Ouagadougou gave no figures.

In Mali, the army and its Russian partners are still recovering from the battle at Tinzaouaten near the Algerian border in late July, when Tuareg separatists of the CSP and JNIM killed dozens of Wagner fighters and Malian soldiers. Bamako said on Monday that it had cut ties with Kyiv over alleged Ukrainian support for the rebels, which Ukraine denies.""",
[("Sahel","SAHEL","name|location"),("Burkina Faso","BF","location"),("Barsalogho","BARSALOGHO","location"),("Sanmatenga","SANMATENGA","location"),("Centre-Nord","CENTRE_NORD","location"),("Ouagadougou","OUAGADOUGOU","actor|location"),("Mali","ML","location"),("Tinzaouaten","TINZAOUATEN","location"),("Bamako","BAMAKO","actor"),("Kyiv","KYIV","actor"),("Ukraine","UA","actor")],
[("clash-barsalogho","clash","BARSALOGHO",1,"2024-08-24","day",["JNIM","Burkina Faso"],{"fatalities":150},"fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked soldiers and civilians who were digging a defensive trench around Barsalogho, in Sanmatenga province (Centre-Nord), on Saturday",True,["A local toll put the dead at at least 150"],["SANMATENGA"]),
 ("clash-tinzaouaten","clash","TINZAOUATEN",1,"2024-07","month",["CSP","JNIM","Mali","Wagner Group"],{"fatalities":12},"the battle at Tinzaouaten near the Algerian border in late July, when Tuareg separatists of the CSP and JNIM killed dozens of Wagner fighters and Malian soldiers",True)],
[("*","OUAGADOUGOU","the government"),("*","BAMAKO","the government"),("*","KYIV","the government"),("clash","UA","'which Ukraine denies'")])

add("c04-somalia-africom-release", "2024-04-03",
"""U.S. Africa Command Conducts Airstrike in Support of the Federal Government of Somalia

MOGADISHU, Somalia – In coordination with the Federal Government of Somalia, U.S. Africa Command conducted a collective self-defense airstrike against al-Shabaab militants in a remote area approximately 55 kilometers northeast of Kismayo on April 1.

The strike was conducted after al-Shabaab fighters attacked Jubaland forces and Somali National Army partner forces near Afmadow earlier in the day.

The command's initial assessment is that the airstrike killed three (3) militants. At this time, U.S. Africa Command assesses no civilians were injured or killed.

Al-Shabaab remains the largest and most active al-Qaeda network in the world. U.S. forces will continue to train, advise, and equip partner forces to help them defeat the group.""",
[("U.S.","US","name"),("Africa","AFRICA","name"),("Somalia","SO","name"),("MOGADISHU","MOGADISHU","location"),("Somalia","SO","location"),("Somalia","SO","name"),("U.S.","US","name"),("Africa","AFRICA","name"),("Kismayo","KISMAYO","location"),("Jubaland","JUBALAND","name|actor"),("Afmadow","AFMADOW","location"),
 ("U.S.","US","name"),("Africa","AFRICA","name"),("U.S.","US","actor")],
[("clash-kismayo-airstrike","clash","KISMAYO",2,"2024-04-01","day",["United States","al-Shabaab"],{"fatalities":3},"U.S. Africa Command conducted a collective self-defense airstrike against al-Shabaab militants in a remote area approximately 55 kilometers northeast of Kismayo on April 1",True,["The command's initial assessment is that the airstrike killed three (3) militants"]),
 ("clash-afmadow","clash","AFMADOW",2,"2024-04-01","day",["al-Shabaab","Somalia","Jubaland"],{},"al-Shabaab fighters attacked Jubaland forces and Somali National Army partner forces near Afmadow earlier in the day",True)],
[("*","MOGADISHU","dateline"),("*","US","'U.S. Africa Command': a name; 'U.S. forces' an actor")])

add("c05-syria-northeast-turkish-drones", "2024-01-15",
"""QAMISHLI, Syria — Turkish drones and warplanes have struck power stations, oil facilities and checkpoints across the Kurdish-led region in northeast Syria since Friday, killing eight people around Qamishli, among them two fighters of the Syrian Democratic Forces, the SDF said on Sunday. A strike near Derik (al-Malikiyah) set fire to an oil field and cut electricity to much of the city, residents said.

Ankara said its jets had "neutralised" 59 militants in northern Iraq and Syria in retaliation for the killing of nine Turkish soldiers at a base in Iraq's Kurdistan region on Friday. It considers the SDF an extension of the PKK.

Washington, which has about 900 troops in Syria, urged restraint. Russia's military police still patrol near Amuda.""",
[("QAMISHLI","QAMISHLI","location"),("Syria","SY","location"),("Syria","SY","location"),("Qamishli","QAMISHLI","location"),("Derik","DERIK_SY","location"),("al-Malikiyah","DERIK_SY","location"),("Ankara","ANKARA","actor"),("Iraq","IQ","location"),("Syria","SY","location"),("Iraq","IQ","location"),("Kurdistan","KURDISTAN_IQ","location"),
 ("Washington","WASHINGTON","actor"),("Syria","SY","location"),("Russia","RU","name"),("Amuda","AMUDA","location")],
[("clash-qamishli-strikes","clash","QAMISHLI",2,"2024-01-12","day",["Turkey","SDF"],{"fatalities":8},"Turkish drones and warplanes have struck power stations, oil facilities and checkpoints across the Kurdish-led region in northeast Syria since Friday, killing eight people around Qamishli",True),
 ("clash-derik-strike","clash","DERIK_SY",2,"2024-01-12","day",["Turkey","SDF"],{},"A strike near Derik (al-Malikiyah) set fire to an oil field",True),
 ("clash-iraq-base","clash","KURDISTAN_IQ",3,"2024-01-12","day",["PKK","Turkey"],{"fatalities":9},"the killing of nine Turkish soldiers at a base in Iraq's Kurdistan region on Friday",True),
 ("dep-us-syria","deployment","SY",4,"2024-01","month",["United States"],{"troops":900},"Washington, which has about 900 troops in Syria",False),
 ("dep-ru-amuda","deployment","AMUDA",2,"2024-01","month",["Russia"],{},"Russia's military police still patrol near Amuda",False)],
[("*","DERIK_TR","twin: Derik in Mardin province, Turkey, is not meant"),("*","ANKARA","the government"),("*","WASHINGTON","the government")])

add("c06-gaza-wafa-nuseirat", "2024-06-09",
"""GAZA, June 9, 2024 (WAFA) – The death toll of the Israeli occupation massacre in Nuseirat camp, in the central Gaza Strip, yesterday has risen to 274 martyrs, including 64 children and 57 women, and 698 injured, the Ministry of Health said today.

Occupation forces stormed the camp from land and air under heavy bombardment in an operation that Israeli army said freed four hostages, Noa Argamani, Almog Meir Jan, Andrey Kozlov and Shlomi Ziv. The army said the number of Palestinians killed was "under 100".

At dawn today, occupation aircraft bombed a house in Deir al-Balah, killing five citizens. The aggression on Rafah in the south of the Strip continues for the 34th day, while aid trucks wait on the Egyptian side in Rafah and El Arish.""",
[("GAZA","GAZA_STRIP","location"),("Nuseirat","NUSEIRAT","location"),("Gaza Strip","GAZA_STRIP","location"),("Deir al-Balah","DEIR_AL_BALAH","location"),("Rafah","RAFAH_PS","location"),("Rafah","RAFAH_EG","location"),("El Arish","EL_ARISH","location")],
[("clash-nuseirat","clash","NUSEIRAT",1,"2024-06-08","day",["Israel","Hamas"],{"fatalities":274,"injured":698},"The death toll of the Israeli occupation massacre in Nuseirat camp, in the central Gaza Strip, yesterday has risen to 274 martyrs",True,["Occupation forces stormed the camp from land and air under heavy bombardment"]),
 ("clash-deir-al-balah","clash","DEIR_AL_BALAH",1,"2024-06-09","day",["Israel"],{"fatalities":5},"At dawn today, occupation aircraft bombed a house in Deir al-Balah, killing five citizens",True),
 ("clash-rafah-ongoing","clash","RAFAH_PS",1,"2024-05-07","day",["Israel","Hamas"],{},"The aggression on Rafah in the south of the Strip continues for the 34th day",False)],
[("*","RAFAH_EG","twin: the Egyptian Rafah, where aid trucks wait"),("*","EL_ARISH","where aid trucks wait")])

add("c07-russian-mod-summary", "2024-07-25",
"""Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 25 July 2024)

Over the past 24 hours, units of the Centre Battlegroup, as a result of active operations, liberated the settlement of Prohres of the Donetsk People's Republic and improved the situation along the front line near Krasnoarmeysk. The AFU losses amounted to up to 420 servicemen.

Units of the Yug Battlegroup hit manpower and hardware of two brigades of the AFU near Dzerzhinsk and Chasov Yar.

Units of the Sever Battlegroup repelled three counter-attacks of AFU assault groups in the area of Volchansk, Kharkov region.

Air defence means shot down 31 Ukrainian unmanned aerial vehicles over Belgorod and Kursk regions. In total, since the beginning of the special military operation, 627 aircraft have been destroyed.""",
[("Russian Federation","RU","name"),("Prohres","PROHRES","location"),("Donetsk","DONETSK_OBL","location|name"),("Krasnoarmeysk","POKROVSK","location"),("Dzerzhinsk","TORETSK","location"),("Chasov Yar","CHASIV_YAR","location"),("Volchansk","VOVCHANSK","location"),("Kharkov","KHARKIV_OBL","location"),("Belgorod","BELGOROD_OBL","location"),("Kursk","KURSK_OBL","location")],
[("clash-prohres","clash","PROHRES",1,"2024-07-25","day",["Russia","Ukraine"],{},"units of the Centre Battlegroup, as a result of active operations, liberated the settlement of Prohres of the Donetsk People's Republic",True,[],["POKROVSK"]),
 ("clash-krasnoarmeysk","clash","POKROVSK",2,"2024-07-25","day",["Russia","Ukraine"],{},"improved the situation along the front line near Krasnoarmeysk",False),
 ("clash-dzerzhinsk","clash","TORETSK",2,"2024-07-25","day",["Russia","Ukraine"],{},"Units of the Yug Battlegroup hit manpower and hardware of two brigades of the AFU near Dzerzhinsk and Chasov Yar",True),
 ("clash-chasov-yar","clash","CHASIV_YAR",2,"2024-07-25","day",["Russia","Ukraine"],{},"Units of the Yug Battlegroup hit manpower and hardware of two brigades of the AFU near Dzerzhinsk and Chasov Yar",True),
 ("clash-volchansk","clash","VOVCHANSK",2,"2024-07-25","day",["Russia","Ukraine"],{},"Units of the Sever Battlegroup repelled three counter-attacks of AFU assault groups in the area of Volchansk, Kharkov region",True),
 ("clash-uav-belgorod-kursk","clash","BELGOROD_OBL",3,"2024-07-25","day",["Russia","Ukraine"],{},"Air defence means shot down 31 Ukrainian unmanned aerial vehicles over Belgorod and Kursk regions",False,[],["KURSK_OBL"])],
[("*","DZERZHINSK_RU","twin: Dzerzhinsk in Nizhny Novgorod region, Russia; here the Russian name for Toretsk")])

add("c08-transnistria-maiac", "2022-04-27",
"""CHISINAU, April 26 – Two radio masts that relayed Russian broadcasts were blown up near Maiac, in Transnistria's Grigoriopol district, early on Tuesday, a day after the building of the separatist Ministry of State Security in Tiraspol was hit by rocket-propelled grenades fired by unknown attackers. No one was hurt in either attack.

The separatist authorities raised the terrorist threat level to "red", cancelled the 9 May parade and blamed Ukraine. Kyiv called the blasts a Russian provocation. President Maia Sandu convened the Supreme Security Council in Chisinau.

Russia keeps about 1,500 troops in the region, some of them guarding the Cobasna ammunition depot, left over from the 1992 war. FC Sheriff Tiraspol postponed its league match on Wednesday.""",
[("CHISINAU","CHISINAU","location"),("Maiac","MAIAC","location"),("Transnistria","TRANSNISTRIA","location"),("Grigoriopol","GRIGORIOPOL","location"),("Tiraspol","TIRASPOL","location"),("Ukraine","UA","actor"),("Kyiv","KYIV","actor"),("Chisinau","CHISINAU","location"),("Russia","RU","actor"),("Cobasna","COBASNA","location"),("Tiraspol","TIRASPOL","name")],
[("inc-maiac-masts","incident","MAIAC",2,"2022-04-26","day",[],{},"Two radio masts that relayed Russian broadcasts were blown up near Maiac, in Transnistria's Grigoriopol district, early on Tuesday",True,[],["GRIGORIOPOL"]),
 ("clash-tiraspol-mgb","clash","TIRASPOL",1,"2022-04-25","day",[],{},"the building of the separatist Ministry of State Security in Tiraspol was hit by rocket-propelled grenades fired by unknown attackers",True),
 ("dep-ru-transnistria","deployment","TRANSNISTRIA",3,"2022-04","month",["Russia"],{"troops":1500},"Russia keeps about 1,500 troops in the region, some of them guarding the Cobasna ammunition depot",False,[],["COBASNA"]),
 ("clash-transnistria-1992","clash","TRANSNISTRIA",3,"1992","year",["Moldova","Transnistria","Russia"],{},"left over from the 1992 war",False)],
[("parade","TIRASPOL","the 9 May parade was cancelled"),("*","CHISINAU","dateline and a council meeting"),("*","KYIV","the government"),("*","UA","'blamed Ukraine': the government")])

# @@PASSAGES_END@@
# key: (name, country, level, lat, lon, scored). Coordinates from data/gazetteer.tsv.gz where it has the place (admin1 points:
# the gazetteer's admin1 point where it has the same name, else a rough centroid); otherwise given by hand (approximate).
PL = dict(
AM=("Armenia","AM","country",40.2,45.0,True), AZ=("Azerbaijan","AZ","country",40.3,47.7,True), TR=("Turkey","TR","country",39.0,35.0,True),
RU=("Russia","RU","country",60.0,90.0,True), NK=("Nagorno-Karabakh","AZ","region",39.9,46.7,True), EUROPE=("Europe",None,"region",50.0,10.0,False),
YEREVAN=("Yerevan","AM","city",40.17765,44.5126,True), BAKU=("Baku","AZ","city",40.37767,49.89201,True), MOSCOW=("Moscow","RU","city",55.75204,37.61781,True),
ANKARA=("Ankara","TR","city",39.91987,32.85427,True), SABAIL=("Sabail","AZ","district",40.36,49.83,True),
DONDAR_QUSHCHU=("Dondar Quşçu","AZ","village",40.9539,45.61942,True), TOVUZ_DIST=("Tovuz District","AZ","admin1",40.99249,45.62838,True),
ALIBEYLI=("Alibeyli","AZ","village",41.03,45.57,True), LAL_TEPE=("Lal Tepe height","AZ","landmark",40.97,45.56,True),
TAVUSH=("Tavush","AM","admin1",40.88037,45.14776,True), BERD_MUN=("Berd Municipality","AM","district",40.88678,45.43393,True),
CHINARI=("Chinari","AM","village",40.93,45.47,True), AYGEPAR=("Aygepar","AM","village",40.96,45.46,True), IJEVAN=("Ijevan","AM","city",40.88037,45.14776,True),
GEGHARKUNIK=("Gegharkunik","AM","admin1",40.35398,45.12386,True), VARDENIS_MUN=("Vardenis Municipality","AM","district",40.19657,45.68706,True), VARDENIS=("Vardenis","AM","city",40.1827,45.73156,True),
KUT=("Kut","AM","village",40.13,45.80,True), SOTK=("Sotk","AM","village",40.22,45.93,True), KALBAJAR=("Kalbajar District","AZ","admin1",40.10984,46.04446,True),
NAKHCHIVAN_AR=("Nakhchivan Autonomous Republic","AZ","admin1",39.20889,45.41222,True), SADARAK=("Sadarak Rayon","AZ","district",39.72286,44.84846,True),
ARARAT_PROV=("Ararat","AM","admin1",39.95484,44.54874,True), YERASKH=("Yeraskh","AM","village",39.79,44.80,True),
SYUNIK=("Syunik","AM","admin1",39.20762,46.40678,True), KAPAN_MUN=("Kapan Municipality","AM","district",39.20762,46.40678,True), KAPAN=("Kapan","AM","city",39.20762,46.40678,True),
GORIS=("Goris","AM","city",39.51111,46.34168,True), LACHIN_DIST=("Lachin District","AZ","admin1",39.59881,46.55045,True), HAKARI_BRIDGE=("Hakari bridge checkpoint","AZ","landmark",39.53,46.47,True),
ZANGILAN_DIST=("Zangilan District","AZ","admin1",39.08371,46.65988,True), MAMMADBAYLI=("Mammadbayli","AZ","village",39.10,46.60,True),
STEPANAKERT=("Khankendi (Stepanakert)","AZ","city",39.8177,46.7528,True), KHOJALY_DIST=("Khojaly District","AZ","admin1",39.91361,46.79213,True), ASKERAN=("Askeran","AZ","city",39.94,46.83,True),
FUZULI=("Fuzuli","AZ","city",39.60094,47.14529,True), SHUSHA=("Shusha","AZ","city",39.76006,46.74989,True),
GORIS_MUN=("Goris Municipality","AM","district",39.51285,46.35167,True), SISIAN_MUN=("Sisian Municipality","AM","district",39.53846,45.98563,True),
JERMUK=("Jermuk","AM","city",39.83948,45.67112,True), NERKIN_HAND=("Nerkin Hand","AM","village",39.14,46.47,True), MEGHRI=("Meghri","AM","district",38.88315,46.21886,True),
LACHIN_CORRIDOR=("Lachin corridor","AZ","region",39.7,46.5,True), KARIN_TAK=("Karin Tak","AZ","village",39.73,46.76,True), KIYAZLI=("Kiyazli (Russian-Turkish monitoring centre)","AZ","village",40.03,47.01,True),
AGHDAM_DIST=("Aghdam District","AZ","admin1",39.99096,46.92736,True), AGHDAM=("Aghdam","AZ","city",39.99096,46.92736,True),
KAMKHUD=("Kamkhud training range","AM","landmark",40.72,43.97,True), ALAGYAZ=("Alagyaz training range","AM","landmark",40.68,44.29,True), EREBUNI=("Erebuni airbase","AM","landmark",40.12,44.47,True), GYUMRI=("Gyumri","AM","city",40.79305,43.84635,True),
WASHINGTON=("Washington, D.C.","US","city",38.89511,-77.03637,True), WHITE_HOUSE=("White House","US","landmark",38.8977,-77.0365,True), US=("United States","US","country",39.8,-98.6,True),
ABU_DHABI=("Abu Dhabi","AE","city",24.45118,54.39696,True), MINSK=("Minsk","BY","city",53.9,27.56667,True),
GAZAKH_DIST=("Gazakh District","AZ","admin1",41.09246,45.36561,True), BAGHANIS_AYRUM=("Baghanis Ayrum","AZ","village",41.10,45.13,True), ASHAGI_ASKIPARA=("Ashagi Askipara","AZ","village",41.12,45.16,True),
KHEYRIMLI=("Kheyrimli","AZ","village",41.15,45.20,True), GIZILHAJILI=("Gizilhajili","AZ","village",41.16,45.23,True), KIRANTS=("Kirants","AM","village",41.08,45.11,True),
BISHKEK=("Bishkek","KG","city",42.87,74.59,True), GE=("Georgia","GE","country",42.0,43.5,True), SOUTH_CAUCASUS=("South Caucasus",None,"region",41.0,45.0,False), TEHRAN=("Tehran","IR","city",35.69439,51.42151,True),
SD=("Sudan","SD","country",15.5,30.0,True), EL_FASHER=("El Fasher","SD","city",13.62793,25.34936,True), NORTH_DARFUR=("North Darfur","SD","admin1",15.5,25.0,True),
ABU_SHOUK=("Abu Shouk camp","SD","landmark",13.67,25.34,True), TAWILA=("Tawila","SD","city",13.5,24.68,True), ZAMZAM=("Zamzam camp","SD","landmark",13.48,25.30,True), PORT_SUDAN=("Port Sudan","SD","city",19.61745,37.21644,True),
MM=("Myanmar","MM","country",21.0,96.0,True), LASHIO=("Lashio","MM","city",22.9359,97.7498,True), SHAN=("Shan State","MM","admin1",21.5,98.0,True), HSIPAW=("Hsipaw","MM","city",22.62,97.30,True),
MOGOK=("Mogok","MM","city",22.91766,96.50982,True), MANDALAY_REG=("Mandalay Region","MM","admin1",21.5,96.0,True), CN=("China","CN","country",35.0,105.0,True),
KUNMING=("Kunming","CN","city",25.03889,102.71833,True), NAYPYITAW=("Naypyitaw","MM","city",19.745,96.1297,True), BEIJING=("Beijing","CN","city",39.9075,116.39723,True),
SAHEL=("Sahel",None,"region",15.0,0.0,False), BF=("Burkina Faso","BF","country",12.5,-1.7,True), BARSALOGHO=("Barsalogho","BF","city",13.42,-1.06,True), SANMATENGA=("Sanmatenga","BF","district",13.3,-1.1,True), CENTRE_NORD=("Centre-Nord","BF","admin1",13.2,-1.1,True),
OUAGADOUGOU=("Ouagadougou","BF","city",12.36566,-1.53388,True), ML=("Mali","ML","country",17.0,-4.0,True), TINZAOUATEN=("Tinzaouaten","ML","village",19.95,2.93,True), BAMAKO=("Bamako","ML","city",12.65,-8.0,True),
KYIV=("Kyiv","UA","city",50.45466,30.5238,True), UA=("Ukraine","UA","country",49.0,32.0,True),
AFRICA=("Africa",None,"region",5.0,20.0,False), SO=("Somalia","SO","country",6.0,47.0,True), MOGADISHU=("Mogadishu","SO","city",2.03711,45.34375,True), KISMAYO=("Kismayo","SO","city",-0.35817,42.54536,True), JUBALAND=("Jubaland","SO","admin1",0.5,42.0,True), AFMADOW=("Afmadow","SO","city",0.51,42.07,True),
SY=("Syria","SY","country",35.0,38.0,True), QAMISHLI=("Qamishli","SY","city",37.05,41.22,True), DERIK_SY=("Derik (al-Malikiyah)","SY","city",37.08,42.14,True), DERIK_TR=("Derik","TR","village",37.36336,40.26473,True),
IQ=("Iraq","IQ","country",33.0,44.0,True), KURDISTAN_IQ=("Kurdistan Region","IQ","region",36.4,44.3,True), AMUDA=("Amuda","SY","city",37.10,40.93,True),
GAZA_STRIP=("Gaza Strip","PS","region",31.42,34.36,True), NUSEIRAT=("Nuseirat camp","PS","city",31.45,34.39,True), DEIR_AL_BALAH=("Deir al-Balah","PS","city",31.42,34.35,True),
RAFAH_PS=("Rafah","PS","city",31.29722,34.24357,True), RAFAH_EG=("Rafah","EG","city",31.28,34.23,True), EL_ARISH=("El Arish","EG","city",31.13,33.80,True),
PROHRES=("Prohres","UA","village",48.25,37.50,True), DONETSK_OBL=("Donetsk Oblast","UA","admin1",48.023,37.80224,True), POKROVSK=("Pokrovsk","UA","city",48.28014,37.17706,True),
TORETSK=("Toretsk","UA","city",48.39477,37.8478,True), CHASIV_YAR=("Chasiv Yar","UA","city",48.59348,37.85724,True), VOVCHANSK=("Vovchansk","UA","city",50.29078,36.94108,True),
KHARKIV_OBL=("Kharkiv Oblast","UA","admin1",49.98177,36.25475,True), BELGOROD_OBL=("Belgorod Oblast","RU","admin1",50.60343,36.58091,True), KURSK_OBL=("Kursk Oblast","RU","admin1",51.72689,36.18457,True),
DZERZHINSK_RU=("Dzerzhinsk","RU","city",56.24143,43.45539,True),
CHISINAU=("Chisinau","MD","city",47.00902,28.85938,True), MAIAC=("Maiac","MD","village",47.23727,29.38498,True), TRANSNISTRIA=("Transnistria","MD","region",47.25,29.5,True),
GRIGORIOPOL=("Grigoriopol district","MD","district",47.15,29.30,True), TIRASPOL=("Tiraspol","MD","city",46.84275,29.6284,True), COBASNA=("Cobasna","MD","village",47.98,29.05,True),
METSAMOR=("Metsamor","AM","city",40.07246,44.2905,True), MINGACHEVIR=("Mingachevir reservoir","AZ","landmark",40.88,46.85,True),
)
# @@PLACES_END@@
ABOUT = ("Held-out set 'heldout4': 30 passages written BLIND by a helper session on 2026-12-03, without reading the extractor's code "
 "(geo/, layers/), its lexicons (data/*.tsv, data/lexicon*) or the dev, eval and earlier held-out passages (testdata/dev/, testdata/eval/, testdata/heldout/), "
 "and without running the extractor on them; only testdata/goldbuild.py, testdata/heldout3/build_gold.py (its ABOUT string and a few add() calls, for "
 "format and conventions; its passages were not reused), ../shared/eval/seeds.gold.json and ../shared/SCHEMA.md were read, data/gazetteer.tsv.gz was "
 "grepped for coordinates, and three searches of stored pages (ACLED's Caucasus coverage, U.S. Africa Command strike releases, Russian defence-ministry "
 "summaries) were read for phrasing only. Styles: 14 ACLED-style one-paragraph notes on the Armenia-Azerbaijan fighting of July 2020 (Tovuz-Tavush), "
 "2021 (Kut, Yeraskh, Sotk), September 2022 (Vardenis, Kapan) and September 2023 (Khankendi, Askeran, the fuel-depot blast), with ACLED actor names "
 "('Military Forces of Azerbaijan (2003-)'), '(X, Y)' place-and-district, 'in the area of', 'Fatalities: N' tails, shelling, sniper fire, a drone strike, "
 "an anti-tank mine, an exchange of fire, property damage, non-events (a protest, the capture of soldiers without a shot, an arrest at a checkpoint), "
 "a note whose other place is only the reporting source, notes with two events at two places, and a note with an unnamed village and only its municipality; "
 "8 on Armenia-Azerbaijan/Turkey/Russia (a Reuters dateline piece with a conditional threat, an AP piece with 'said Tuesday', an AZERTAC item with its typos "
 "and Azerbaijani names for Armenian districts (Basarkechar = Vardenis, Gorus = Goris, Garakilsa = Sisian), an Armenian defence-ministry bulletin by sector, "
 "a Russian peacekeepers' daily bulletin, a TASS announcement of a Russian exercise in Armenia with future dates, the August 2025 White House meeting, an "
 "analysis paragraph mixing 1991-94 history with the April 2024 Tavush-Gazakh delimitation); 8 on other wars (an OCHA-style El Fasher flash update, "
 "Lashio/MNDAA, a Sahel weekly on Barsalogho and Tinzaouaten, a U.S. Africa Command release on Somalia, Turkish strikes in northeast Syria, a WAFA item on "
 "Nuseirat, a Russian defence-ministry summary using Russian names (Krasnoarmeysk = Pokrovsk, Dzerzhinsk = Toretsk, Chasov Yar, Volchansk), Transnistria "
 "April 2022). Traps: capitals standing for governments, datelines, history, figures of speech, denials, conditional threats, future plans, twins (Derik in "
 "Syria and Turkey, Rafah in Gaza and Egypt, Dzerzhinsk), football clubs named after places (Qarabag, Sheriff Tiraspol), weekdays, 'overnight', "
 "'yesterday', counts as lists of named people, hedges, updated tolls and 'dozens'. Facts are approximate, written from memory of real events and not "
 "copied from any report, and must not be used as a news source. Do not tune rules on this set. Conventions as heldout3: UTF-8 byte offsets, end exclusive; "
 "roles location/actor/name, 'a|b' accepts either; a country inside an office or body ('Azerbaijan's Defence Ministry', 'Military Forces of Armenia') is "
 "name (or actor where it also names the side); places[].scored=false for macro-regions; geonames_id null (coordinates from data/gazetteer.tsv.gz where it "
 "has the place, else by hand, approximate); geo_precision 1 place, 2 near/district/direction, 3 region, 4 country; events[].required=false neither a miss "
 "nor a hit counts; also = other sentences reporting the same event; alt_places = other acceptable places; must_not: a feature of that type (* any) at that "
 "place is wrong. A village the gazetteer lacks is placed at the district named with it (geo_precision 2) with the village in alt_places; a span of days is "
 "dated to its first day; 'overnight' into the publication day is that day; 'since Friday' is that Friday; 'last week'/'in late July' is dated to the month; "
 "hedged counts give the stated number, 'dozens' 12 (ACLED's rule), a later updated toll replaces the first; a claim by one side of fire at a place it names "
 "is required=false unless the note codes it; an announced exercise with dates, place and troop count is required (dated to its first day).")
build('heldout4', P, PL, ABOUT, words=(60, 200), sort_toponyms=True)
