#!/usr/bin/env python3
"""Regenerates testdata/heldout/texts/*.txt and heldout.gold.json (offsets computed, never by hand). Run from the repo root: python3 testdata/heldout/build_gold.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuild import build  # noqa: E402
P = []
def add(slug, pub, text, tops, events, mn=()):
    P.append(dict(slug=slug, pub=pub, text=text, tops=tops, events=events, mn=list(mn)))
# events: (id, type, place, prec, date, dprec, actors, counts dict, quote, required)
add("01-berkaber-fire", "2024-03-04",
"""YEREVAN, MARCH 4, ARMENPRESS. Units of the Azerbaijani armed forces opened fire from small arms in the direction of the combat positions located near Berkaber village of Tavush province at around 23:10 on March 3, the Ministry of Defence of Armenia informs.

As a result, a contract serviceman of the Armenian army recieved a gunshot wound, his life is not in danger. The Armenian units took retaliatory measures, the ministry said.

Baku denied the report, claiming in a statement that it was the Armenian side that fired first toward Gazakh district. The incident is the first reported shooting on that section of the state border since the two sides began the delimitation work in the area last month.""",
[("YEREVAN","YEREVAN","location"),("Berkaber","BERKABER","location"),("Tavush","TAVUSH","location"),("Armenia","AM","actor|name"),("Baku","BAKU","actor"),("Gazakh","GAZAKH","location")],
[("clash-berkaber","clash","BERKABER",2,"2024-03-03","day",["Azerbaijan","Armenia"],{"injured":1},"Units of the Azerbaijani armed forces opened fire from small arms in the direction of the combat positions located near Berkaber village of Tavush province at around 23:10 on March 3",True)],
[("*","YEREVAN","dateline only"),("*","BAKU","'Baku denied': the government")])

add("02-alibeyli-shelling", "2024-06-18",
"""BAKU, Azerbaijan, June 18. Trend:

Armenian armed forces units stationed near Chinari village of Berd region subjected to fire the positions of Azerbaijani Army located in the direction of Alibeyli village of Tovuz district last night, Trend reports citing the Ministry of Defense of Azerbaijan.

According to the ministry, the firing continued from 22:40 to 23:05 and large-calibre weapons were used. Units of the Azerbaijani Army took adequate retaliatory measures. There are no losses among personnel.

Yerevan has not commented. The ministry added that a house in Alibeyli was damaged by the shelling.""",
[("BAKU","BAKU","location"),("Azerbaijan","AZ","location"),("Chinari","CHINARI","location"),("Berd","BERD","location"),("Azerbaijan","AZ","actor|name"),("Alibeyli","ALIBEYLI","location"),("Tovuz","TOVUZ","location"),("Yerevan","YEREVAN","actor"),("Alibeyli","ALIBEYLI","location")],
[("clash-alibeyli","clash","ALIBEYLI",2,"2024-06-17","day",["Armenia","Azerbaijan"],{},"Armenian armed forces units stationed near Chinari village of Berd region subjected to fire the positions of Azerbaijani Army located in the direction of Alibeyli village of Tovuz district last night",True)],
[("*","BAKU","dateline"),("*","YEREVAN","'Yerevan has not commented'")])

add("03-lachin-peacekeepers", "2020-11-22",
"""STEPANAKERT, November 22. /TASS/. Russian peacekeepers have set up 27 observation posts in Nagorno-Karabakh and along the Lachin corridor, and the first convoys of refugees have returned to Stepanakert under their escort, the Russian Defence Ministry said on Sunday.

About 1,200 servicemen of the 15th separate motor rifle brigade and their equipment were airlifted from Ulyanovsk to Armenia in Il-76 aircraft and moved to the area by road, the ministry said. Engineer units of the International Mine Action Center arrived in Stepanakert on Saturday to begin clearing roads and houses.

Moscow and Ankara are still negotiating the work of a joint monitoring centre that will be located in Azerbaijan, the statement added.""",
[("STEPANAKERT","STEPANAKERT","location"),("Nagorno-Karabakh","NK","location"),("Lachin","LACHIN_CORRIDOR","location"),("Stepanakert","STEPANAKERT","location"),("Ulyanovsk","ULYANOVSK","location"),("Armenia","AM","location"),("Stepanakert","STEPANAKERT","location"),("Moscow","MOSCOW","actor"),("Ankara","ANKARA","actor"),("Azerbaijan","AZ","location")],
[("dep-nk-posts","deployment","NK",3,"2020-11-22","day",["Russia"],{"troops":1200},"Russian peacekeepers have set up 27 observation posts in Nagorno-Karabakh and along the Lachin corridor",True),
 ("dep-stepanakert-demining","deployment","STEPANAKERT",1,"2020-11-21","day",["Russia"],{},"Engineer units of the International Mine Action Center arrived in Stepanakert on Saturday to begin clearing roads and houses",True)],
[("*","MOSCOW","government"),("*","ANKARA","government"),("deployment","ULYANOVSK","origin of the troops, not where they are deployed")])

add("04-nakhchivan-drills", "2024-10-07",
"""ANKARA (AA) - Turkish and Azerbaijani troops launched a joint tactical exercise in Azerbaijan's Nakhchivan Autonomous Republic on Monday, the Turkish National Defence Ministry said.

Around 3,000 servicemen, armoured vehicles, artillery and combat helicopters of the two allied armies are taking part in the drills, which will run until Oct. 11 at training grounds near the city of Nakhchivan, the ministry said in a statement on X.

The exercise, held under the Shusha Declaration signed in 2021, aims to improve interoperability between the units, it added. Earlier this year the two countries held the "Mustafa Kemal Ataturk-2024" exercises in Kars, in eastern Türkiye.""",
[("ANKARA","ANKARA","location"),("Azerbaijan","AZ","location"),("Nakhchivan Autonomous Republic","NAKHCHIVAN_AR","location"),("Nakhchivan","NAKHCHIVAN","location"),("Shusha","SHUSHA","name"),("Kars","KARS","location"),("Türkiye","TR","location")],
[("ex-nakhchivan","exercise","NAKHCHIVAN",2,"2024-10-07","day",["Turkey","Azerbaijan"],{"troops":3000},"Turkish and Azerbaijani troops launched a joint tactical exercise in Azerbaijan's Nakhchivan Autonomous Republic on Monday",True),
 ("agr-shusha-2021","agreement","SHUSHA",1,"2021","year",["Turkey","Azerbaijan"],{},"The exercise, held under the Shusha Declaration signed in 2021",False),
 ("ex-kars","exercise","KARS",1,"2024","year",["Turkey","Azerbaijan"],{},"Earlier this year the two countries held the \"Mustafa Kemal Ataturk-2024\" exercises in Kars",False)],
[("*","ANKARA","dateline")])

add("05-kalbajar-mine", "2025-02-11",
"""Baku, February 11, APA. A civilian has been injured as result of mine explosion in Kalbajar district, APA reports.

The incident occured today at around 10:30 near the village of Karvand of the district. Resident of Kalbajar, Ilgar Mammadov, born in 1988, stepped on an anti-personnel mine while collecting firewood and lost his right foot. He was taken to Kalbajar district hospital, then transferred to Baku.

According to the Mine Action Agency (ANAMA), since the end of the second Karabakh war more than 390 people have become victims of landmines in the liberated territories, 70 of them were killed. ANAMA teams were sent to the area to clear the site.""",
[("Baku","BAKU","location"),("Kalbajar","KALBAJAR","location"),("Karvand","KARVAND","location"),("Kalbajar","KALBAJAR","location"),("Kalbajar","KALBAJAR","location"),("Baku","BAKU","location"),("Karabakh","KARABAKH","name")],
[("inc-karvand","incident","KARVAND",2,"2025-02-11","day",[],{"injured":1},"The incident occured today at around 10:30 near the village of Karvand of the district",True),
 ("dep-karvand-demining","deployment","KARVAND",2,"2025-02-11","day",["Azerbaijan"],{},"ANAMA teams were sent to the area to clear the site",False)],
[("*","BAKU","dateline / hospital, not the explosion")])

add("06-shusha-summit", "2021-06-15",
"""SHUSHA, Azerbaijan (AP) — Turkish President Recep Tayyip Erdogan visited the city of Shusha on Tuesday, the first foreign leader to come to the town since Azerbaijani forces took it from Armenian troops last November.

Erdogan and Azerbaijani President Ilham Aliyev met in the city and signed the Shusha Declaration, a pact that commits the two countries to help each other if either is attacked by a third state. The two leaders also discussed opening a Turkish consulate in the town.

Yerevan condemned the visit as a provocation. Moscow, which keeps about 2,000 peacekeepers in the region under the deal that ended last year's fighting, said it was studying the document.""",
[("SHUSHA","SHUSHA","location"),("Azerbaijan","AZ","location"),("Shusha","SHUSHA","location"),("Shusha","SHUSHA","name"),("Yerevan","YEREVAN","actor"),("Moscow","MOSCOW","actor")],
[("meet-shusha","meeting","SHUSHA",1,"2021-06-15","day",["Turkey","Azerbaijan"],{},"Turkish President Recep Tayyip Erdogan visited the city of Shusha on Tuesday",True),
 ("agr-shusha","agreement","SHUSHA",1,"2021-06-15","day",["Turkey","Azerbaijan"],{},"Erdogan and Azerbaijani President Ilham Aliyev met in the city and signed the Shusha Declaration",True),
 ("clash-shusha-2020","clash","SHUSHA",1,"2020-11","month",["Azerbaijan","Armenia"],{},"since Azerbaijani forces took it from Armenian troops last November",False)],
[("*","YEREVAN","government"),("*","MOSCOW","'Moscow, which keeps peacekeepers': the troops are not in Moscow")])

add("07-yerevan-france-radars", "2024-06-23",
"""Armenian Defence Minister Suren Papikyan and his French counterpart Sebastien Lecornu met in Paris on Tuesday and signed a contract for the supply of 36 CAESAR self-propelled howitzers to Armenia, the Armenian defence ministry reported.

The deal follows a memorandum on the delivery of three GM 200 radars that the two ministers signed in Yerevan last October. Lecornu said France would also train Armenian officers at its military academies.

Baku reacted angrily. Azerbaijan's foreign ministry said in a statement that Paris was "arming Armenia" and pushing the South Caucasus towards a new war. Russia, Armenia's formal ally, has not commented.""",
[("Paris","PARIS","location"),("Armenia","AM","location|actor"),("Yerevan","YEREVAN","location"),("France","FR","actor"),("Baku","BAKU","actor"),("Azerbaijan","AZ","actor"),("Paris","PARIS","actor"),("Armenia","AM","actor"),("South Caucasus","SOUTH_CAUCASUS","location"),("Russia","RU","actor"),("Armenia","AM","actor")],
[("meet-paris","meeting","PARIS",1,"2024-06-18","day",["Armenia","France"],{},"Armenian Defence Minister Suren Papikyan and his French counterpart Sebastien Lecornu met in Paris on Tuesday",True),
 ("agr-paris","agreement","PARIS",1,"2024-06-18","day",["Armenia","France"],{},"signed a contract for the supply of 36 CAESAR self-propelled howitzers to Armenia",True),
 ("agr-yerevan-radars","agreement","YEREVAN",1,"2023-10","month",["Armenia","France"],{},"The deal follows a memorandum on the delivery of three GM 200 radars that the two ministers signed in Yerevan last October",False)],
[("*","BAKU","government")])

add("08-sotk-soldiers", "2023-03-27",
"""YEREVAN, March 27 (Reuters) - Two Armenian soldiers were killed and one wounded on Monday when Azerbaijani forces opened fire on their positions near the village of Sotk in Armenia's Gegharkunik province, the Armenian defence ministry said.

Azerbaijan's defence ministry said its troops had only responded to "provocative fire" by Armenian units and accused Yerevan of trying to wreck peace talks.

The shooting took place near the Sotk gold mine, a few kilometres from the border. Last September more than 200 soldiers from both sides were killed in two days of fighting along the frontier before a U.S.-brokered truce.""",
[("YEREVAN","YEREVAN","location"),("Sotk","SOTK","location"),("Armenia","AM","location"),("Gegharkunik","GEGHARKUNIK","location"),("Azerbaijan","AZ","actor"),("Yerevan","YEREVAN","actor"),("Sotk","SOTK","location")],
[("clash-sotk","clash","SOTK",2,"2023-03-27","day",["Azerbaijan","Armenia"],{"fatalities":2,"injured":1},"Two Armenian soldiers were killed and one wounded on Monday when Azerbaijani forces opened fire on their positions near the village of Sotk",True),
 ("clash-border-sept","clash","AM",4,"2022-09","month",["Azerbaijan","Armenia"],{"fatalities":200},"Last September more than 200 soldiers from both sides were killed in two days of fighting along the frontier",False)],
[("*","YEREVAN","dateline and 'accused Yerevan': government")])

add("09-baku-victory-parade", "2020-12-10",
"""Live: Victory parade in Baku

11:05 More than 3,000 Azerbaijani servicemen are marching across Azadliq Square in central Baku in the parade marking the end of the 44-day war, together with a detachment of about 200 Turkish soldiers.

11:20 President Ilham Aliyev and Turkish President Recep Tayyip Erdogan watch from the stand. Captured Armenian tanks and drones are being driven past the crowd.

11:45 Erdogan, speaking after the parade, praised the "liberation of Karabakh" and said Turkey and Azerbaijan would open a joint monitoring centre in Aghdam. Yerevan called the parade a humiliation.""",
[("Baku","BAKU","location"),("Azadliq Square","AZADLIQ_SQ","location"),("Baku","BAKU","location"),("Karabakh","KARABAKH","location"),("Turkey","TR","actor"),("Azerbaijan","AZ","actor"),("Aghdam","AGHDAM","location"),("Yerevan","YEREVAN","actor")],
[("par-baku","parade","BAKU",1,"2020-12-10","day",["Azerbaijan","Turkey"],{"troops":3000},"More than 3,000 Azerbaijani servicemen are marching across Azadliq Square in central Baku",True),
 ("meet-baku","meeting","BAKU",1,"2020-12-10","day",["Azerbaijan","Turkey"],{},"President Ilham Aliyev and Turkish President Recep Tayyip Erdogan watch from the stand",False),
 ("dep-aghdam-centre","deployment","AGHDAM",1,"","unknown",["Turkey","Azerbaijan"],{},"Turkey and Azerbaijan would open a joint monitoring centre in Aghdam",False)],
[("*","YEREVAN","government")])

add("10-gyumri-base-analysis", "2024-01-15",
"""Russia's 102nd military base in Gyumri remains the backbone of Moscow's presence in the South Caucasus, even as relations with Yerevan sour. The base hosts an estimated 3,000 to 4,000 personnel, MiG-29 fighters at the Erebuni airfield on the edge of Yerevan, and S-300 air defence batteries.

Since 2022, however, Moscow has rotated a part of its motorised infantry from Gyumri to Ukraine, and Russian border guards left the checkpoint at Zvartnots airport this year at Armenia's request. For Armenian planners the question is no longer whether Russia would defend Armenia's territory, but whether it could. Pashinyan's government has frozen its participation in the CSTO and turned to India and France for weapons.""",
[("Russia","RU","actor"),("Gyumri","GYUMRI","location"),("Moscow","MOSCOW","actor"),("South Caucasus","SOUTH_CAUCASUS","location"),("Yerevan","YEREVAN","actor"),("Erebuni","EREBUNI","location"),("Yerevan","YEREVAN","location"),("Moscow","MOSCOW","actor"),("Gyumri","GYUMRI","location"),("Ukraine","UA","location"),("Zvartnots","ZVARTNOTS","location"),("Armenia","AM","actor"),("Russia","RU","actor"),("Armenia","AM","location|actor"),("India","IN","actor"),("France","FR","actor")],
[("dep-gyumri-base","deployment","GYUMRI",1,"","unknown",["Russia"],{"troops":3000},"Russia's 102nd military base in Gyumri remains the backbone of Moscow's presence in the South Caucasus",True),
 ("dep-erebuni","deployment","EREBUNI",1,"","unknown",["Russia"],{},"MiG-29 fighters at the Erebuni airfield on the edge of Yerevan",False),
 ("dep-ukraine-rotation","deployment","UA",4,"2022","year",["Russia"],{},"Moscow has rotated a part of its motorised infantry from Gyumri to Ukraine",False)],
[("*","MOSCOW","government")])

add("11-eagle-partner", "2023-09-10",
"""About 85 U.S. soldiers arrived in Armenia on Sunday for the "Eagle Partner 2023" exercise, which will be held at the Zar training ground near Yerevan from Sept. 11 to 20 together with 175 Armenian troops, the Armenian defence ministry said.

The drills are meant to prepare Armenian units for international peacekeeping missions. The announcement angered Moscow. Kremlin spokesman Dmitry Peskov said Russia would "analyse" the exercise, while Russia's foreign ministry summoned the Armenian ambassador.

Earlier this year Yerevan refused to host the CSTO's "Combat Brotherhood" drills on its territory, saying it saw no point in them while the bloc ignored Azerbaijan's incursions.""",
[("Armenia","AM","location"),("Zar","ZAR","location"),("Yerevan","YEREVAN","location"),("Moscow","MOSCOW","actor"),("Russia","RU","actor"),("Russia","RU","actor"),("Yerevan","YEREVAN","actor"),("Azerbaijan","AZ","actor")],
[("dep-us-armenia","deployment","AM",4,"2023-09-10","day",["United States"],{"troops":85},"About 85 U.S. soldiers arrived in Armenia on Sunday",False),
 ("ex-zar","exercise","ZAR",1,"2023-09-11","day",["United States","Armenia"],{"troops":175},"which will be held at the Zar training ground near Yerevan from Sept. 11 to 20 together with 175 Armenian troops",True)],
[("*","MOSCOW","government"),("exercise","YEREVAN","refused to host: the CSTO drills did not happen")])

add("12-khankendi-liveblog", "2023-09-19",
"""Azerbaijan launches operation in Karabakh — live updates

13:10 Azerbaijan's defence ministry says it has begun "local anti-terrorist measures" in Karabakh, hours after four soldiers and two civilians were killed by landmines on the road near Shusha this morning.

13:45 Loud explosions heard in Khankendi, which Armenians call Stepanakert. Ethnic Armenian officials say the city and nearby villages are under artillery fire.

15:30 Karabakh's human rights ombudsman says at least 27 people have been killed, including two civilians, and more than 200 wounded.

16:00 Russia's defence ministry says its peacekeepers have evacuated more than 2,000 civilians from the Martakert area to their base. Moscow urged both sides to stop the bloodshed.""",
[("Azerbaijan","AZ","location|actor"),("Karabakh","KARABAKH","location"),("Azerbaijan","AZ","actor"),("Karabakh","KARABAKH","location"),("Shusha","SHUSHA","location"),("Khankendi","STEPANAKERT","location"),("Stepanakert","STEPANAKERT","location"),("Karabakh","KARABAKH","location|name"),("Russia","RU","actor"),("Martakert","MARTAKERT","location"),("Moscow","MOSCOW","actor")],
[("clash-karabakh-op","clash","KARABAKH",3,"2023-09-19","day",["Azerbaijan"],{},"Azerbaijan's defence ministry says it has begun \"local anti-terrorist measures\" in Karabakh",True),
 ("inc-shusha-mines","incident","SHUSHA",2,"2023-09-19","day",[],{"fatalities":6},"hours after four soldiers and two civilians were killed by landmines on the road near Shusha this morning",True),
 ("clash-khankendi","clash","STEPANAKERT",1,"2023-09-19","day",["Azerbaijan"],{"fatalities":27,"injured":200},"Loud explosions heard in Khankendi, which Armenians call Stepanakert",True,["Karabakh's human rights ombudsman says at least 27 people have been killed, including two civilians, and more than 200 wounded"]),],
[("*","MOSCOW","government")])
add("13-acled-jermuk", "2022-09-13",
"""On 13 September 2022, Azerbaijani military forces shelled the town of Jermuk (Vayots Dzor province) and the surrounding heights with artillery and drones. According to the Armenian MoD, several military positions and civilian infrastructure were hit; fatalities among Armenian soldiers are reported for the overall front (coded 0 here to avoid double counting). Azerbaijani MoD claimed it was responding to Armenian sabotage activity in the Kalbajar and Lachin directions. Local sources in Jermuk reported that a hotel and a water pipeline were damaged and that residents spent the night in basements; the town's population was partly evacuated the next morning.""",
[("Jermuk","JERMUK","location"),("Vayots Dzor","VAYOTS_DZOR","location"),("Kalbajar","KALBAJAR","location"),("Lachin","LACHIN","location"),("Jermuk","JERMUK","location")],
[("clash-jermuk","clash","JERMUK",1,"2022-09-13","day",["Azerbaijan","Armenia"],{},"On 13 September 2022, Azerbaijani military forces shelled the town of Jermuk (Vayots Dzor province)",True)])

add("14-acled-goris", "2022-09-16",
"""On 14 September 2022, Armenian military forces clashed with Azerbaijani military forces near Goris and Kapan (Syunik province). Heavy artillery and drone strikes were used by the Azerbaijani side; 3 Armenian civilians were wounded in Goris when a shell hit a residential building. Fatalities for the two days of fighting (at least 105 Armenian and 80 Azerbaijani soldiers, as reported by both ministries) are coded in an earlier event. A ceasefire mediated by Russia was announced in the evening, but was broken within hours.""",
[("Goris","GORIS","location"),("Kapan","KAPAN","location"),("Syunik","SYUNIK","location"),("Goris","GORIS","location"),("Russia","RU","actor")],
[("clash-goris","clash","GORIS",1,"2022-09-14","day",["Armenia","Azerbaijan"],{"injured":3},"On 14 September 2022, Armenian military forces clashed with Azerbaijani military forces near Goris and Kapan (Syunik province)",True),
 ("clash-kapan","clash","KAPAN",2,"2022-09-14","day",["Armenia","Azerbaijan"],{},"On 14 September 2022, Armenian military forces clashed with Azerbaijani military forces near Goris and Kapan (Syunik province)",False),
 ("agr-ceasefire-ru","agreement","SYUNIK",3,"2022-09-14","day",["Russia"],{},"A ceasefire mediated by Russia was announced in the evening",False)])

add("15-acled-batken", "2022-09-17",
"""On 16 September 2022, Kyrgyz and Tajik border guards and military forces clashed along the disputed border in Batken region (Kyrgyzstan), near the villages of Kok-Tash and Ak-Sai, with tanks, mortars and Bayraktar drones. At least 24 people were killed on the Kyrgyz side, including civilians, and 87 injured; Tajik authorities reported fighting near Isfara (Sughd region) and a drone strike on a mosque in Ovchi-Kalacha. A ceasefire agreed by the two heads of national security in the evening of 16 September largely held.""",
[("Batken region","BATKEN_REG","location"),("Kyrgyzstan","KG","location"),("Kok-Tash","KOK_TASH","location"),("Ak-Sai","AK_SAI","location"),("Isfara","ISFARA","location"),("Sughd","SUGHD","location"),("Ovchi-Kalacha","OVCHI_KALACHA","location")],
[("clash-batken","clash","KOK_TASH",2,"2022-09-16","day",["Kyrgyzstan","Tajikistan"],{"fatalities":24,"injured":87},"On 16 September 2022, Kyrgyz and Tajik border guards and military forces clashed along the disputed border in Batken region (Kyrgyzstan), near the villages of Kok-Tash and Ak-Sai",True,[],["AK_SAI","BATKEN_REG"]),
 ("clash-isfara","clash","ISFARA",2,"2022-09-16","day",["Kyrgyzstan","Tajikistan"],{},"Tajik authorities reported fighting near Isfara (Sughd region)",True),
 ("clash-ovchi","clash","OVCHI_KALACHA",1,"2022-09-16","day",["Kyrgyzstan"],{},"a drone strike on a mosque in Ovchi-Kalacha",True)])

add("16-acled-ta-muen", "2025-07-24",
"""On 24 July 2025, Thai and Cambodian military forces clashed near the Ta Muen Thom temple on the border between Surin province (Thailand) and Oddar Meanchey province (Cambodia). Cambodian forces fired BM-21 rockets into Thai territory; one rocket hit a petrol station in Kantharalak district (Sisaket province), killing 8 civilians. Thailand responded with F-16 air strikes on Cambodian military positions. In total at least 12 Thai civilians and 1 soldier were killed on the day; Cambodian casualties were not reported.""",
[("Ta Muen Thom","TA_MUEN_THOM","location"),("Surin","SURIN","location"),("Thailand","TH","location"),("Oddar Meanchey","ODDAR_MEANCHEY","location"),("Cambodia","KH","location"),("Kantharalak","KANTHARALAK","location"),("Sisaket","SISAKET","location"),("Thailand","TH","actor")],
[("clash-ta-muen","clash","TA_MUEN_THOM",2,"2025-07-24","day",["Thailand","Cambodia"],{"fatalities":13},"On 24 July 2025, Thai and Cambodian military forces clashed near the Ta Muen Thom temple",True),
 ("clash-kantharalak","clash","KANTHARALAK",2,"2025-07-24","day",["Cambodia"],{"fatalities":8},"one rocket hit a petrol station in Kantharalak district (Sisaket province), killing 8 civilians",True)])

add("17-acled-poonch", "2025-05-08",
"""On 7 May 2025, Pakistani military forces fired artillery and mortar shells across the Line of Control into Poonch district (Jammu and Kashmir, India), hitting residential areas of Poonch town. At least 12 civilians were killed and over 50 injured. The shelling followed Indian missile strikes earlier that night on targets in Bahawalpur and Muzaffarabad (Pakistan), which Pakistan said killed 31 people. Schools in Poonch town were closed and several hundred residents moved to bunkers or relatives' homes further from the Line of Control. Indian troops returned fire at several points.""",
[("Poonch","POONCH","location"),("Jammu and Kashmir","JAMMU_KASHMIR","location"),("India","IN","location"),("Poonch","POONCH","location"),("Bahawalpur","BAHAWALPUR","location"),("Muzaffarabad","MUZAFFARABAD","location"),("Pakistan","PK","location"),("Pakistan","PK","actor"),("Poonch","POONCH","location")],
[("clash-poonch","clash","POONCH",1,"2025-05-07","day",["Pakistan","India"],{"fatalities":12,"injured":50},"On 7 May 2025, Pakistani military forces fired artillery and mortar shells across the Line of Control into Poonch district",True),
 ("clash-bahawalpur","clash","BAHAWALPUR",1,"2025-05-07","day",["India"],{"fatalities":31},"The shelling followed Indian missile strikes earlier that night on targets in Bahawalpur and Muzaffarabad (Pakistan), which Pakistan said killed 31 people",True),
 ("clash-muzaffarabad","clash","MUZAFFARABAD",1,"2025-05-07","day",["India"],{},"The shelling followed Indian missile strikes earlier that night on targets in Bahawalpur and Muzaffarabad (Pakistan)",False)])

add("18-acled-nerkin-hand", "2024-02-13",
"""On 13 February 2024, Azerbaijani military forces fired on an Armenian military post near Nerkin Hand (Syunik province). 4 Armenian soldiers were killed and 1 was wounded. Azerbaijan's State Border Service described the operation as "revenge" for an alleged Armenian sniper shot that wounded an Azerbaijani soldier in the Zangilan direction the day before. The Armenian MoD denied any firing on 12 February. This was the first deadly incident on the border since the Azerbaijani takeover of Nagorno-Karabakh in September 2023, and came days before planned border talks.""",
[("Nerkin Hand","NERKIN_HAND","location"),("Syunik","SYUNIK","location"),("Azerbaijan","AZ","actor|name"),("Zangilan","ZANGILAN","location"),("Nagorno-Karabakh","NK","location")],
[("clash-nerkin-hand","clash","NERKIN_HAND",2,"2024-02-13","day",["Azerbaijan","Armenia"],{"fatalities":4,"injured":1},"On 13 February 2024, Azerbaijani military forces fired on an Armenian military post near Nerkin Hand (Syunik province)",True),
 ("clash-zangilan","clash","ZANGILAN",2,"2024-02-12","day",["Armenia"],{"injured":1},"an alleged Armenian sniper shot that wounded an Azerbaijani soldier in the Zangilan direction the day before",False)])

add("19-acled-torkham", "2025-10-12",
"""On 11 October 2025 (overnight to 12 October), Taliban forces (Afghanistan) attacked Pakistani border posts at several points along the Durand Line, including near Torkham (Khyber district, Khyber Pakhtunkhwa) and Angoor Adda (South Waziristan). Pakistani military forces responded with artillery and air strikes on Taliban positions in Nangarhar and Kunar provinces. The Pakistani military said 23 of its soldiers were killed and claimed over 200 Taliban fighters killed; the Taliban said 9 of their fighters died. The clashes followed Pakistani air strikes on Kabul on 9 October.""",
[("Afghanistan","AF","actor"),("Torkham","TORKHAM","location"),("Khyber","KHYBER","location"),("Khyber Pakhtunkhwa","KPK","location"),("Angoor Adda","ANGOOR_ADDA","location"),("South Waziristan","SOUTH_WAZIRISTAN","location"),("Nangarhar","NANGARHAR","location"),("Kunar","KUNAR","location"),("Kabul","KABUL","location")],
[("clash-torkham","clash","TORKHAM",2,"2025-10-11","day",["Afghanistan","Pakistan"],{"fatalities":23},"Taliban forces (Afghanistan) attacked Pakistani border posts at several points along the Durand Line, including near Torkham",True,[],["ANGOOR_ADDA"]),
 ("clash-angoor","clash","ANGOOR_ADDA",2,"2025-10-11","day",["Afghanistan","Pakistan"],{},"Angoor Adda (South Waziristan)",False),
 ("clash-nangarhar","clash","NANGARHAR",3,"2025-10-12","day",["Pakistan"],{},"Pakistani military forces responded with artillery and air strikes on Taliban positions in Nangarhar and Kunar provinces",True,[],["KUNAR"]),
 ("clash-kabul","clash","KABUL",1,"2025-10-09","day",["Pakistan"],{},"The clashes followed Pakistani air strikes on Kabul on 9 October",True)])

add("20-acled-yeraskh", "2021-07-29",
"""On 28 July 2021, Azerbaijani military forces and Armenian military forces exchanged fire near Yeraskh (Ararat province), close to the border with Azerbaijan's Nakhchivan exclave. 3 Armenian soldiers were killed and 2 wounded; Azerbaijan's MoD reported 2 of its soldiers wounded near Sadarak. Both sides accused each other of starting the fire. On 29 July, a ceasefire brokered by Russian mediators was announced by the Armenian MoD. Residents of Yeraskh said houses on the edge of the village were hit by bullets during the night.""",
[("Yeraskh","YERASKH","location"),("Ararat","ARARAT_PROV","location"),("Azerbaijan","AZ","location|actor"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Azerbaijan","AZ","actor|name"),("Sadarak","SADARAK","location"),("Yeraskh","YERASKH","location")],
[("clash-yeraskh","clash","YERASKH",2,"2021-07-28","day",["Azerbaijan","Armenia"],{"fatalities":3,"injured":2},"On 28 July 2021, Azerbaijani military forces and Armenian military forces exchanged fire near Yeraskh (Ararat province)",True),
 ("clash-sadarak","clash","SADARAK",2,"2021-07-28","day",["Armenia","Azerbaijan"],{"injured":2},"Azerbaijan's MoD reported 2 of its soldiers wounded near Sadarak",False),
 ("agr-yeraskh-ceasefire","agreement","YERASKH",2,"2021-07-29","day",["Russia","Armenia","Azerbaijan"],{},"On 29 July, a ceasefire brokered by Russian mediators was announced by the Armenian MoD",False)])
add("21-zaporizhzhia-strike", "2024-10-20",
"""KYIV, Oct 20 (Reuters) - A Russian missile strike on an apartment block in the southeastern city of Zaporizhzhia killed at least seven people overnight and wounded 18, including three children, regional governor Ivan Fedorov said on Sunday.

Rescuers were still searching the rubble on Sunday morning, Fedorov wrote on Telegram. In the neighbouring Dnipropetrovsk region, Russian drones hit energy facilities in Nikopol, cutting power to some 3,000 homes, officials said.

Moscow, which denies targeting civilians, said its forces had struck "military-industrial facilities" in the area. Reuters could not independently verify either side's account.""",
[("KYIV","KYIV","location"),("Zaporizhzhia","ZAPORIZHZHIA","location"),("Dnipropetrovsk","DNIPROPETROVSK_OBL","location"),("Nikopol","NIKOPOL","location"),("Moscow","MOSCOW","actor")],
[("clash-zaporizhzhia","clash","ZAPORIZHZHIA",1,"2024-10-20","day",["Russia","Ukraine"],{"fatalities":7,"injured":18},"A Russian missile strike on an apartment block in the southeastern city of Zaporizhzhia killed at least seven people overnight and wounded 18",True),
 ("clash-nikopol","clash","NIKOPOL",1,"2024-10-20","day",["Russia","Ukraine"],{},"Russian drones hit energy facilities in Nikopol",True)],
[("*","KYIV","dateline"),("*","MOSCOW","government")])

add("22-tass-drones-bryansk", "2025-06-02",
"""MOSCOW, June 2. /TASS/. Russian air defence systems intercepted and destroyed 162 Ukrainian unmanned aerial vehicles over Russian regions overnight, the Russian Defence Ministry said.

According to the ministry, 57 drones were destroyed over the Bryansk region, 44 over the Kursk region, 31 over the Belgorod region and the rest over Crimea and the Black Sea. Bryansk Governor Alexander Bogomaz wrote on his Telegram channel that a woman was injured in the village of Klimovo when debris fell on her house.

Earlier, Kiev claimed responsibility for a large-scale attack on Russian airfields in the Murmansk and Irkutsk regions on June 1.""",
[("MOSCOW","MOSCOW","location"),("Bryansk","BRYANSK_OBL","location"),("Kursk","KURSK_OBL","location"),("Belgorod","BELGOROD_OBL","location"),("Crimea","CRIMEA","location"),("Black Sea","BLACK_SEA","location"),("Bryansk","BRYANSK_OBL","location"),("Klimovo","KLIMOVO","location"),("Kiev","KYIV","actor"),("Murmansk","MURMANSK_OBL","location"),("Irkutsk","IRKUTSK_OBL","location")],
[("clash-bryansk-drones","clash","BRYANSK_OBL",3,"2025-06-02","day",["Ukraine","Russia"],{},"57 drones were destroyed over the Bryansk region",True),
 ("clash-kursk-drones","clash","KURSK_OBL",3,"2025-06-02","day",["Ukraine","Russia"],{},"44 over the Kursk region",False),
 ("clash-belgorod-drones","clash","BELGOROD_OBL",3,"2025-06-02","day",["Ukraine","Russia"],{},"31 over the Belgorod region",False),
 ("clash-klimovo","clash","KLIMOVO",1,"2025-06-02","day",["Ukraine"],{"injured":1},"a woman was injured in the village of Klimovo when debris fell on her house",True),
 ("clash-murmansk","clash","MURMANSK_OBL",3,"2025-06-01","day",["Ukraine"],{},"a large-scale attack on Russian airfields in the Murmansk and Irkutsk regions on June 1",True),
 ("clash-irkutsk","clash","IRKUTSK_OBL",3,"2025-06-01","day",["Ukraine"],{},"a large-scale attack on Russian airfields in the Murmansk and Irkutsk regions on June 1",True)],
[("*","MOSCOW","dateline"),("*","KYIV","'Kiev claimed': government")])

add("23-tishrin-dam", "2024-12-15",
"""ALEPPO (AA) - Clashes between the Syrian National Army and the PKK/YPG terror group continued around the Tishrin Dam east of Aleppo province on Sunday, security sources said.

SNA fighters captured two villages on the western bank of the Euphrates near the dam after heavy fighting, the sources said, adding that at least 14 YPG terrorists were "neutralized". Turkish drones also struck YPG positions near the town of Manbij, which the SNA took last week.

The so-called SDF claimed it had repelled the attack and said 5 civilians were killed by Turkish shelling of the dam area. Ankara says the YPG is the Syrian branch of the PKK.""",
[("ALEPPO","ALEPPO","location"),("Tishrin Dam","TISHRIN_DAM","location"),("Aleppo province","ALEPPO_GOV","location"),("Euphrates","EUPHRATES","location"),("Manbij","MANBIJ","location"),("Ankara","ANKARA","actor")],
[("clash-tishrin","clash","TISHRIN_DAM",2,"2024-12-15","day",["Syrian National Army","SDF"],{"fatalities":14},"Clashes between the Syrian National Army and the PKK/YPG terror group continued around the Tishrin Dam east of Aleppo province on Sunday",True,["SNA fighters captured two villages on the western bank of the Euphrates near the dam after heavy fighting"]),
 ("clash-manbij-drones","clash","MANBIJ",2,"2024-12-15","day",["Turkey","SDF"],{},"Turkish drones also struck YPG positions near the town of Manbij",True),
 ("clash-tishrin-shelling","clash","TISHRIN_DAM",2,"2024-12-15","day",["Turkey"],{"fatalities":5},"5 civilians were killed by Turkish shelling of the dam area",False)],
[("*","ALEPPO","dateline; fighting is east of the province, not in the city"),("*","ANKARA","government")])

add("24-el-obeid-shelling", "2025-06-04",
"""PORT SUDAN, Sudan (AP) — Paramilitary Rapid Support Forces shelled the city of El Obeid in North Kordofan on Wednesday, killing at least nine civilians and wounding 30, a local doctors' group said.

The shells hit a market and a residential neighbourhood in the city's south, the Sudan Doctors Network said in a statement. The RSF has been pushing toward El Obeid since it was driven out of Khartoum in March.

Separately, a drone attack on a World Food Programme convoy near Al-Koma in North Darfur killed five aid workers late Monday, the U.N. said. The army-backed government in Port Sudan blamed the RSF for both attacks.""",
[("PORT SUDAN","PORT_SUDAN","location"),("Sudan","SD","location"),("El Obeid","EL_OBEID","location"),("North Kordofan","NORTH_KORDOFAN","location"),("Sudan","SD","name"),("El Obeid","EL_OBEID","location"),("Khartoum","KHARTOUM","location"),("Al-Koma","AL_KOMA","location"),("North Darfur","NORTH_DARFUR","location"),("Port Sudan","PORT_SUDAN","actor|location")],
[("clash-el-obeid","clash","EL_OBEID",1,"2025-06-04","day",["Rapid Support Forces"],{"fatalities":9,"injured":30},"Paramilitary Rapid Support Forces shelled the city of El Obeid in North Kordofan on Wednesday, killing at least nine civilians and wounding 30",True),
 ("clash-al-koma","clash","AL_KOMA",2,"2025-06-02","day",[],{"fatalities":5},"a drone attack on a World Food Programme convoy near Al-Koma in North Darfur killed five aid workers late Monday",True),
 ("clash-khartoum-march","clash","KHARTOUM",1,"2025-03","month",["Rapid Support Forces","Sudan"],{},"since it was driven out of Khartoum in March",False)],
[("*","PORT_SUDAN","dateline / seat of government")])

add("25-jabalia-school", "2024-10-07",
"""GAZA, Oct 7 (WAFA) - At least 17 Palestinians, among them women and children, were killed and dozens injured on Monday when Israeli warplanes bombed a school sheltering displaced families in the Jabalia refugee camp, north of the Gaza Strip, medical sources said.

Civil defence crews said they recovered the bodies from the rubble of the school, which is run by UNRWA. In Deir al-Balah in the central Strip, an air strike on a mosque near al-Aqsa Martyrs hospital killed another 21 people, the health ministry reported.

The Israeli army said it had targeted "Hamas command centres" in both places. Tel Aviv rejects the casualty figures of the Gaza health ministry.""",
[("GAZA","GAZA","location"),("Jabalia","JABALIA","location"),("Gaza Strip","GAZA_STRIP","location"),("Deir al-Balah","DEIR_AL_BALAH","location"),("Tel Aviv","TEL_AVIV","actor"),("Gaza","GAZA_STRIP","name|location")],
[("clash-jabalia","clash","JABALIA",1,"2024-10-07","day",["Israel"],{"fatalities":17},"At least 17 Palestinians, among them women and children, were killed and dozens injured on Monday when Israeli warplanes bombed a school sheltering displaced families in the Jabalia refugee camp",True),
 ("clash-deir-al-balah","clash","DEIR_AL_BALAH",1,"2024-10-07","day",["Israel"],{"fatalities":21},"In Deir al-Balah in the central Strip, an air strike on a mosque near al-Aqsa Martyrs hospital killed another 21 people",True)],
[("*","TEL_AVIV","government")])

add("26-baalbek-strikes", "2024-10-20",
"""Lebanon live blog

09:15 Israeli air strikes hit several villages around Baalbek in the Bekaa valley overnight, killing at least 12 people, Lebanon's health ministry says. The state news agency NNA reports strikes on Douris and Brital.

10:02 Hezbollah says it fired a salvo of rockets at an army base near Safed in northern Israel; the Israeli military says most were intercepted and two people were lightly hurt.

10:40 UNIFIL says Israeli troops fired at its watchtower in Naqoura for the second time in a week. Around 10,000 peacekeepers remain deployed in southern Lebanon. Beirut has asked the Security Council for an emergency session.""",
[("Lebanon","LB","location|name"),("Baalbek","BAALBEK","location"),("Bekaa","BEKAA","location"),("Lebanon","LB","actor|name"),("Douris","DOURIS","location"),("Brital","BRITAL","location"),("Safed","SAFED","location"),("Israel","IL","location"),("Naqoura","NAQOURA","location"),("Lebanon","LB","location"),("Beirut","BEIRUT","actor")],
[("clash-baalbek","clash","BAALBEK",2,"2024-10-20","day",["Israel"],{"fatalities":12},"Israeli air strikes hit several villages around Baalbek in the Bekaa valley overnight, killing at least 12 people",True,["The state news agency NNA reports strikes on Douris and Brital"],["DOURIS","BRITAL"]),
 ("clash-safed","clash","SAFED",2,"2024-10-20","day",["Hezbollah","Israel"],{"injured":2},"Hezbollah says it fired a salvo of rockets at an army base near Safed in northern Israel",True),
 ("clash-naqoura","clash","NAQOURA",1,"2024-10-20","day",["Israel","UNIFIL"],{},"UNIFIL says Israeli troops fired at its watchtower in Naqoura for the second time in a week",True),
 ("dep-unifil","deployment","LB",3,"","unknown",["UNIFIL"],{"troops":10000},"Around 10,000 peacekeepers remain deployed in southern Lebanon",False)],
[("*","BEIRUT","government")])

add("27-boulkessi-attack", "2025-06-02",
"""BAMAKO, June 2 (AFP) - Jihadists linked to Al-Qaeda attacked a military camp in Boulkessi in central Mali on Sunday, killing dozens of soldiers, security sources told AFP.

The Group for the Support of Islam and Muslims (JNIM) said in a statement that it had "taken control" of the camp, near the border with Burkina Faso, and seized weapons and vehicles. A local official put the death toll at "more than 30" soldiers. Mali's army said it had repelled the assault and that 41 assailants were killed.

The Sahel's juntas have expelled French troops and turned to Russia's Africa Corps, whose instructors are deployed in Bamako, Gao and Timbuktu.""",
[("BAMAKO","BAMAKO","location"),("Boulkessi","BOULKESSI","location"),("Mali","ML","location"),("Burkina Faso","BF","location"),("Mali","ML","actor"),("Sahel","SAHEL","location"),("Russia","RU","actor"),("Bamako","BAMAKO","location"),("Gao","GAO","location"),("Timbuktu","TIMBUKTU","location")],
[("clash-boulkessi","clash","BOULKESSI",1,"2025-06-01","day",["JNIM","Mali"],{"fatalities":30},"Jihadists linked to Al-Qaeda attacked a military camp in Boulkessi in central Mali on Sunday, killing dozens of soldiers",True),
 ("dep-africa-corps-bamako","deployment","BAMAKO",1,"","unknown",["Russia"],{},"whose instructors are deployed in Bamako, Gao and Timbuktu",False),
 ("dep-africa-corps-gao","deployment","GAO",1,"","unknown",["Russia"],{},"whose instructors are deployed in Bamako, Gao and Timbuktu",False),
 ("dep-africa-corps-timbuktu","deployment","TIMBUKTU",1,"","unknown",["Russia"],{},"whose instructors are deployed in Bamako, Gao and Timbuktu",False)],
[("clash","BAMAKO","dateline")])
add("28-sagaing-airstrike", "2025-01-10",
"""Myanmar's military carried out an air strike on a village in the central Sagaing region on Wednesday, killing at least 28 people, including children, a local resistance group and residents said.

A fighter jet dropped two bombs on Kin Ywa village in Kanbalu township during the morning, setting houses and a monastery on fire, a member of the local People's Defence Force told Reuters by phone. More than 20 people were injured.

In western Rakhine state, the Arakan Army said it had completed its capture of the town of Maungdaw on the border with Bangladesh last month, after weeks of fighting. The junta in Naypyitaw did not respond to requests for comment.""",
[("Myanmar","MM","actor"),("Sagaing","SAGAING","location"),("Kin Ywa","KIN_YWA","location"),("Kanbalu","KANBALU","location"),("Rakhine","RAKHINE","location"),("Arakan","RAKHINE","name"),("Maungdaw","MAUNGDAW","location"),("Bangladesh","BD","location"),("Naypyitaw","NAYPYITAW","actor")],
[("clash-kin-ywa","clash","KIN_YWA",1,"2025-01-08","day",["Myanmar"],{"fatalities":28,"injured":20},"Myanmar's military carried out an air strike on a village in the central Sagaing region on Wednesday, killing at least 28 people",True,["A fighter jet dropped two bombs on Kin Ywa village in Kanbalu township during the morning"],["SAGAING","KANBALU"]),
 ("clash-maungdaw","clash","MAUNGDAW",1,"2024-12","month",["Arakan Army","Myanmar"],{},"the Arakan Army said it had completed its capture of the town of Maungdaw on the border with Bangladesh last month",True)],
[("*","NAYPYITAW","government")])

add("29-red-sea-ship", "2024-06-12",
"""DUBAI, June 12 (Reuters) - Yemen's Houthis attacked a Greek-owned bulk carrier with a drone boat and missiles in the Red Sea about 66 nautical miles southwest of the port of Hodeidah on Wednesday, setting it on fire, the British maritime agency UKMTO said.

One crew member was reported missing. The U.S. Central Command said separately that its forces had destroyed three Houthi radar sites and two drones in the past 24 hours.

U.S. and British warplanes struck targets in Sanaa and around Hodeidah airport last month, killing at least 16 people, according to the Houthi-run health ministry. Washington and London say the strikes are aimed at protecting shipping.""",
[("DUBAI","DUBAI","location"),("Yemen","YE","location"),("Red Sea","RED_SEA","location"),("Hodeidah","HODEIDAH","location"),("Sanaa","SANAA","location"),("Hodeidah","HODEIDAH","location"),("Washington","WASHINGTON","actor"),("London","LONDON","actor")],
[("clash-red-sea-ship","clash","HODEIDAH",2,"2024-06-12","day",["Houthis"],{},"Yemen's Houthis attacked a Greek-owned bulk carrier with a drone boat and missiles in the Red Sea about 66 nautical miles southwest of the port of Hodeidah on Wednesday",True,[],["RED_SEA"]),
 ("clash-sanaa-strikes","clash","SANAA",1,"2024-05","month",["United States","United Kingdom"],{"fatalities":16},"U.S. and British warplanes struck targets in Sanaa and around Hodeidah airport last month, killing at least 16 people",True),
 ("clash-hodeidah-airport","clash","HODEIDAH",2,"2024-05","month",["United States","United Kingdom"],{},"U.S. and British warplanes struck targets in Sanaa and around Hodeidah airport last month",False)],
[("*","DUBAI","dateline"),("*","WASHINGTON","government"),("*","LONDON","government")])

add("30-goma-m23", "2025-01-27",
"""GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - M23 rebels backed by Rwanda said on Monday they had captured Goma, the largest city in eastern Congo, after a lightning advance that sent thousands of residents fleeing toward the border with Rwanda.

Heavy gunfire was heard near the airport and in the city centre throughout the morning. At least 17 people were killed and 367 wounded in the fighting, hospital sources said. Thirteen foreign peacekeepers, including nine South Africans, were killed in clashes near Sake, west of the city, over the weekend.

Kinshasa cut diplomatic ties with Kigali. The presidents of Congo and Rwanda are due to meet in Dar es Salaam next month for an emergency summit of East and Southern African leaders.""",
[("GOMA","GOMA","location"),("Democratic Republic of Congo","CD","location"),("Rwanda","RW","actor"),("Goma","GOMA","location"),("Congo","CD","location"),("Rwanda","RW","location"),("Sake","SAKE","location"),("Kinshasa","KINSHASA","actor"),("Kigali","KIGALI","actor"),("Congo","CD","actor"),("Rwanda","RW","actor"),("Dar es Salaam","DAR_ES_SALAAM","location")],
[("clash-goma","clash","GOMA",1,"2025-01-27","day",["M23","DR Congo"],{"fatalities":17,"injured":367},"M23 rebels backed by Rwanda said on Monday they had captured Goma",True,["Heavy gunfire was heard near the airport and in the city centre throughout the morning","At least 17 people were killed and 367 wounded in the fighting, hospital sources said"]),
 ("clash-sake","clash","SAKE",2,"2025-01-25","day",["M23"],{"fatalities":13},"Thirteen foreign peacekeepers, including nine South Africans, were killed in clashes near Sake, west of the city, over the weekend",True),
 ("meet-dar","meeting","DAR_ES_SALAAM",1,"2025-02","month",["DR Congo","Rwanda"],{},"The presidents of Congo and Rwanda are due to meet in Dar es Salaam next month",False)],
[("*","KINSHASA","government"),("*","KIGALI","government")])
# key: (name, country, level, lat, lon, scored). admin1 points follow the project's convention (world.gold.json):
# the gazetteer's admin1 point (its capital) where data/gazetteer.tsv.gz has the same name; otherwise a rough centroid.
PL = dict(
AM=("Armenia","AM","country",40.2,45.0,True), AZ=("Azerbaijan","AZ","country",40.3,47.7,True), TR=("Turkey","TR","country",39.0,35.0,True),
RU=("Russia","RU","country",60.0,90.0,True), UA=("Ukraine","UA","country",49.0,32.0,True), FR=("France","FR","country",46.0,2.0,True), IN=("India","IN","country",22.0,79.0,True),
KG=("Kyrgyzstan","KG","country",41.5,74.5,True), TH=("Thailand","TH","country",15.0,101.0,True), KH=("Cambodia","KH","country",12.5,105.0,True), PK=("Pakistan","PK","country",30.0,70.0,True),
AF=("Afghanistan","AF","country",33.0,66.0,True), SD=("Sudan","SD","country",15.0,30.0,True), LB=("Lebanon","LB","country",33.85,35.85,True), IL=("Israel","IL","country",31.5,34.9,True),
ML=("Mali","ML","country",17.0,-4.0,True), BF=("Burkina Faso","BF","country",12.3,-1.6,True), MM=("Myanmar","MM","country",21.0,96.0,True), BD=("Bangladesh","BD","country",24.0,90.0,True),
YE=("Yemen","YE","country",15.5,48.0,True), CD=("DR Congo","CD","country",-2.9,23.6,True), RW=("Rwanda","RW","country",-2.0,29.9,True),
YEREVAN=("Yerevan","AM","city",40.1811,44.5136,True), BAKU=("Baku","AZ","city",40.3777,49.892,True), ANKARA=("Ankara","TR","city",39.9199,32.8543,True), MOSCOW=("Moscow","RU","city",55.7522,37.6156,True),
BERKABER=("Berkaber","AM","village",41.06,45.40,True), TAVUSH=("Tavush","AM","admin1",40.88037,45.14776,True), GAZAKH=("Gazakh","AZ","city",41.09246,45.36561,True),
CHINARI=("Chinari","AM","village",40.93,45.47,True), BERD=("Berd","AM","city",40.8808,45.3917,True), ALIBEYLI=("Alibeyli","AZ","village",40.96,45.55,True), TOVUZ=("Tovuz","AZ","city",40.9925,45.6284,True),
STEPANAKERT=("Stepanakert (Khankendi)","AZ","city",39.8177,46.7528,True), NK=("Nagorno-Karabakh","AZ","region",39.9,46.7,True), LACHIN_CORRIDOR=("Lachin corridor","AZ","region",39.7,46.5,True),
ULYANOVSK=("Ulyanovsk","RU","city",54.32824,48.38657,True), NAKHCHIVAN_AR=("Nakhchivan Autonomous Republic","AZ","admin1",39.3,45.4,True), NAKHCHIVAN=("Nakhchivan","AZ","city",39.2089,45.4122,True),
SHUSHA=("Shusha","AZ","city",39.7583,46.7489,True), KARS=("Kars","TR","city",40.6013,43.0975,True), KALBAJAR=("Kalbajar","AZ","city",40.10984,46.04446,True), KARVAND=("Karvand","AZ","village",40.05,46.15,True),
KARABAKH=("Karabakh","AZ","region",39.9,46.7,True), PARIS=("Paris","FR","city",48.8534,2.3488,True), SOUTH_CAUCASUS=("South Caucasus",None,"region",41.0,45.0,False),
SOTK=("Sotk","AM","village",40.2119,45.8617,True), GEGHARKUNIK=("Gegharkunik","AM","admin1",40.35398,45.12386,True), AZADLIQ_SQ=("Azadliq Square","AZ","landmark",40.3719,49.8536,True),
AGHDAM=("Aghdam","AZ","city",39.99096,46.92736,True), GYUMRI=("Gyumri","AM","city",40.79305,43.84635,True), EREBUNI=("Erebuni airport","AM","landmark",40.1221,44.4651,True), ZVARTNOTS=("Zvartnots airport","AM","landmark",40.1473,44.3959,True),
ZAR=("Zar training ground","AM","landmark",40.25,44.7,True), MARTAKERT=("Martakert","AZ","city",40.21127,46.82135,True),
JERMUK=("Jermuk","AM","city",39.83948,45.67112,True), VAYOTS_DZOR=("Vayots Dzor","AM","admin1",39.7644,45.33268,True), LACHIN=("Lachin","AZ","city",39.6383,46.5461,True),
GORIS=("Goris","AM","city",39.51111,46.34168,True), KAPAN=("Kapan","AM","city",39.20762,46.40678,True), SYUNIK=("Syunik","AM","admin1",39.20762,46.40678,True),
BATKEN_REG=("Batken Region","KG","admin1",40.0604,70.81929,True), KOK_TASH=("Kok-Tash","KG","village",39.98,70.70,True), AK_SAI=("Ak-Sai","KG","village",39.95,70.60,True),
ISFARA=("Isfara","TJ","city",40.12649,70.62526,True), SUGHD=("Sughd","TJ","admin1",40.28256,69.62216,True), OVCHI_KALACHA=("Ovchi-Kalacha","TJ","village",40.05,70.55,True),
TA_MUEN_THOM=("Ta Muen Thom temple","TH","landmark",14.349,103.265,True), SURIN=("Surin","TH","admin1",14.88181,103.49364,True), ODDAR_MEANCHEY=("Oddar Meanchey","KH","admin1",14.18,103.5,True),
KANTHARALAK=("Kantharalak","TH","district",14.64056,104.64992,True), SISAKET=("Sisaket","TH","admin1",15.12,104.32,True),
POONCH=("Poonch","IN","city",33.7728,74.0926,True), JAMMU_KASHMIR=("Jammu and Kashmir","IN","admin1",34.08565,74.80555,True), BAHAWALPUR=("Bahawalpur","PK","city",29.39779,71.6752,True), MUZAFFARABAD=("Muzaffarabad","PK","city",34.37,73.4711,True),
NERKIN_HAND=("Nerkin Hand","AM","village",39.05,46.43,True), ZANGILAN=("Zangilan","AZ","city",39.08371,46.65988,True),
TORKHAM=("Torkham","PK","village",34.102,71.088,True), KHYBER=("Khyber District","PK","district",34.05,71.3,True), KPK=("Khyber Pakhtunkhwa","PK","admin1",34.008,71.57849,True),
ANGOOR_ADDA=("Angoor Adda","PK","village",32.33,69.35,True), SOUTH_WAZIRISTAN=("South Waziristan","PK","district",32.3,69.6,True), NANGARHAR=("Nangarhar","AF","admin1",34.42647,70.45153,True), KUNAR=("Kunar","AF","admin1",34.87311,71.14697,True), KABUL=("Kabul","AF","city",34.5281,69.1723,True),
YERASKH=("Yeraskh","AM","village",39.76,44.80,True), ARARAT_PROV=("Ararat Province","AM","admin1",39.95484,44.54874,True), SADARAK=("Sadarak","AZ","village",39.7161,44.8847,True),
KYIV=("Kyiv","UA","city",50.4547,30.5238,True), ZAPORIZHZHIA=("Zaporizhzhia","UA","city",47.8229,35.1903,True), DNIPROPETROVSK_OBL=("Dnipropetrovsk Oblast","UA","admin1",48.46664,35.04066,True), NIKOPOL=("Nikopol","UA","city",47.5669,34.4061,True),
BRYANSK_OBL=("Bryansk Oblast","RU","admin1",53.25209,34.37167,True), KURSK_OBL=("Kursk Oblast","RU","admin1",51.72689,36.18457,True), BELGOROD_OBL=("Belgorod Oblast","RU","admin1",50.60343,36.58091,True), CRIMEA=("Crimea","UA","region",45.0,34.0,True),
BLACK_SEA=("Black Sea",None,"region",43.0,34.0,False), KLIMOVO=("Klimovo","RU","city",52.37877,32.1963,True), MURMANSK_OBL=("Murmansk Oblast","RU","admin1",68.96778,33.09922,True), IRKUTSK_OBL=("Irkutsk Oblast","RU","admin1",52.29566,104.29076,True),
ALEPPO=("Aleppo","SY","city",36.2021,37.1343,True), ALEPPO_GOV=("Aleppo Governorate","SY","admin1",36.20124,37.16117,True), TISHRIN_DAM=("Tishrin Dam","SY","landmark",36.38,38.18,True), EUPHRATES=("Euphrates",None,"region",36.4,38.2,False), MANBIJ=("Manbij","SY","city",36.52815,37.95495,True),
PORT_SUDAN=("Port Sudan","SD","city",19.6158,37.2164,True), EL_OBEID=("El Obeid","SD","city",13.18421,30.21669,True), NORTH_KORDOFAN=("North Kordofan","SD","admin1",13.18421,30.21669,True), KHARTOUM=("Khartoum","SD","city",15.5518,32.5324,True),
AL_KOMA=("Al-Koma","SD","village",13.95,24.68,True), NORTH_DARFUR=("North Darfur","SD","admin1",15.5,25.0,True),
GAZA=("Gaza City","PS","city",31.5017,34.4668,True), JABALIA=("Jabalia","PS","city",31.5272,34.4831,True), GAZA_STRIP=("Gaza Strip","PS","region",31.42,34.38,True), DEIR_AL_BALAH=("Deir al-Balah","PS","city",31.4181,34.3503,True), TEL_AVIV=("Tel Aviv","IL","city",32.0809,34.7806,True),
BAALBEK=("Baalbek","LB","city",34.00583,36.21806,True), BEKAA=("Bekaa Valley","LB","region",33.85,35.9,True), DOURIS=("Douris","LB","village",33.99,36.19,True), BRITAL=("Brital","LB","village",33.97,36.12,True),
SAFED=("Safed","IL","city",32.96465,35.496,True), NAQOURA=("Naqoura","LB","village",33.1181,35.1392,True), BEIRUT=("Beirut","LB","city",33.8938,35.5018,True),
BAMAKO=("Bamako","ML","city",12.65,-8.0,True), BOULKESSI=("Boulkessi","ML","village",14.78,-1.45,True), SAHEL=("Sahel",None,"region",15.0,0.0,False), GAO=("Gao","ML","city",16.2666,-0.0400,True), TIMBUKTU=("Timbuktu","ML","city",16.77348,-3.00742,True),
SAGAING=("Sagaing Region","MM","admin1",21.8787,95.97965,True), KIN_YWA=("Kin Ywa","MM","village",23.25,95.55,True), KANBALU=("Kanbalu","MM","city",23.20328,95.51695,True), RAKHINE=("Rakhine State","MM","admin1",20.14624,92.89835,True),
MAUNGDAW=("Maungdaw","MM","city",20.8167,92.3667,True), NAYPYITAW=("Naypyitaw","MM","city",19.745,96.1297,True),
DUBAI=("Dubai","AE","city",25.2582,55.3047,True), RED_SEA=("Red Sea",None,"region",20.0,38.0,False), HODEIDAH=("Hodeidah","YE","city",14.7978,42.9545,True), SANAA=("Sanaa","YE","city",15.3547,44.2066,True),
WASHINGTON=("Washington","US","city",38.8951,-77.0364,True), LONDON=("London","GB","city",51.5085,-0.1257,True),
GOMA=("Goma","CD","city",-1.6792,29.2228,True), SAKE=("Sake","CD","city",-1.5736,29.045,True), KINSHASA=("Kinshasa","CD","city",-4.3276,15.3136,True), KIGALI=("Kigali","RW","city",-1.9499,30.0588,True), DAR_ES_SALAAM=("Dar es Salaam","TZ","city",-6.8235,39.2695,True),
)
TITLES = {}
ABOUT = "Held-out set 'heldout': 30 passages written BLIND (without reading the extractor's code, lexicons or the dev passages) in the styles of wire copy with datelines (Reuters/AP/AFP), agency English (Armenpress, Trend, APA, TASS, Anadolu, WAFA) with its typos, ministry statements, live blogs, think-tank prose and ACLED-style one-paragraph event notes; 12 on Armenia-Azerbaijan/Turkey/Russia, 8 ACLED-style notes on border fighting, 10 on other wars. Facts are approximate, not copied from any article, and must not be used as a news source. Do not tune rules on this set. Same conventions as world.gold.json: UTF-8 byte offsets, end exclusive; roles location/actor/name, 'a|b' accepts either; places[].scored=false for macro-regions; geonames_id null (coordinates given by hand or from data/gazetteer.tsv.gz); geo_precision 1 place, 2 near/district, 3 region, 4 country; events[].required=false neither a miss nor a hit counts; also = other sentences reporting the same event; alt_places = other acceptable places; must_not: a feature of that type (* any) at that place is wrong."
build('heldout', P, PL, ABOUT, words=(80, 250))
