#!/usr/bin/env python3
"""Writes examples/jiangsu-readings/, a small CSV-folder case with smart-meter daily readings in the spirit of
State Grid Jiangsu's 2021 screening (REGULATIONS.md section 6): a flat, high load found 16 machines. Each account's
readings follow a simple rule, so that an inspector can check the load-profile leads' figures by hand (the README's
walk-through does). Run from the repository root; it overwrites the folder's files."""
import csv
import datetime
import os

OUT = "examples/jiangsu-readings"
AS_OF = datetime.date(2021, 10, 31)
FIRST = datetime.date(2021, 7, 1)  # readings from July; the screening window is the 90 days to 31 October
DAYS = [FIRST + datetime.timedelta(d) for d in range((AS_OF - FIRST).days + 1)]

entities = [
    # id, name, kind, province, city, creditCode, dataCenter
    ("JS-E01", "Wang household, Xuzhou", "INDIVIDUAL", "Jiangsu", "Xuzhou", "", ""),
    ("JS-E02", "Li household, Suqian", "INDIVIDUAL", "Jiangsu", "Suqian", "", ""),
    ("JS-E03", "Zhou family farm, Yancheng", "INDIVIDUAL", "Jiangsu", "Yancheng", "", ""),
    ("JS-E04", "Changzhou Precision Castings Co.", "PRIVATE_ENTERPRISE", "Jiangsu", "Changzhou", "", ""),
    ("JS-E05", "Nanjing Cloud Data Centre Co.", "PRIVATE_ENTERPRISE", "Jiangsu", "Nanjing", "", "true"),
    ("JS-E06", "Suzhou Lakeside Teahouse", "PRIVATE_ENTERPRISE", "Jiangsu", "Suzhou", "", ""),
    ("JS-E07", "Chen household, Huai'an", "INDIVIDUAL", "Jiangsu", "Huai'an", "", ""),
    ("JS-E08", "Wuxi Vocational Training Centre", "PUBLIC_INSTITUTION", "Jiangsu", "Wuxi", "", ""),
    ("JS-E09", "Sun household, Nantong", "INDIVIDUAL", "Jiangsu", "Nantong", "", ""),
    ("JS-E10", "Lianyungang Harbour Logistics Co.", "STATE_OWNED_ENTERPRISE", "Jiangsu", "Lianyungang", "", ""),
]

accounts = [
    # id, entityId, province, category, billedRateCnyPerKwh
    ("JS-A01", "JS-E01", "RESIDENTIAL", "0.5283"),
    ("JS-A02", "JS-E02", "RESIDENTIAL", "0.5283"),
    ("JS-A03", "JS-E03", "AGRICULTURAL", "0.4100"),
    ("JS-A04", "JS-E04", "GENERAL_INDUSTRIAL_COMMERCIAL", "0.6664"),
    ("JS-A05", "JS-E05", "LARGE_INDUSTRIAL", "0.6180"),
    ("JS-A06", "JS-E06", "GENERAL_INDUSTRIAL_COMMERCIAL", "0.6664"),
    ("JS-A07", "JS-E07", "RESIDENTIAL", "0.5283"),
    ("JS-A08", "JS-E08", "GENERAL_INDUSTRIAL_COMMERCIAL", "0.6664"),
    ("JS-A09", "JS-E09", "RESIDENTIAL", "0.5283"),
    ("JS-A10", "JS-E10", "GENERAL_INDUSTRIAL_COMMERCIAL", "0.6664"),
]


def alternating(low, high):
    """A load alternating between two values day by day: mean (low+high)/2, variation (high-low)/(high+low)."""
    return lambda i, day: low if i % 2 == 0 else high


def weekly(weekday, weekend):
    return lambda i, day: weekend if day.weekday() >= 5 else weekday


def jump(before, after, on):
    return lambda i, day: before if day < on else after


profiles = {
    # A household: 8 kWh on weekdays, 14 at the weekend. Mean far below 30: no lead.
    "JS-A01": weekly("8.00", "14.00"),
    # 16 GPU rigs (Jiangsu 2021), about 36 kWh a day each, on a residential tariff: 576 kWh, varying by 2%.
    "JS-A02": alternating("564.48", "587.52"),
    # A farm: 20 kWh a day until 6 October, then 16 rigs come on: a jump of 29.8 times.
    "JS-A03": jump("20.00", "596.00", datetime.date(2021, 10, 6)),
    # A factory on shifts: 2,400 kWh on weekdays, 600 at the weekend. High, but neither flat nor a jump.
    "JS-A04": weekly("2400.00", "600.00"),
    # A registered data centre: flat 9,000 kWh. A lead all the same: the screening does not know registrations.
    "JS-A05": alternating("8820.00", "9180.00"),
    # A teahouse, 40 kWh or 51 kWh: variation 0.121, just above the 0.10 of a flat load. A near miss.
    "JS-A06": alternating("40.00", "51.00"),
    # A flat 28 kWh: flat, but below the 30 kWh a day of a lead. A near miss.
    "JS-A07": alternating("27.44", "28.56"),
    # The training centre: a flat 216 kWh (6 rigs); its entity is also an IP lead (detected, not inspected).
    "JS-A08": alternating("211.68", "220.32"),
    # A flat 180 kWh on a meter fitted on 8 September: 54 read days in the window, fewer than 60. No lead.
    "JS-A09": lambda i, day: "180.00" if day >= datetime.date(2021, 9, 8) else None,
    # Logistics yard: flat 720 kWh, but inspected and found mining with its machines on this account: already a
    # mining account, so no lead (its surcharge and the rest come from the case's own rules).
    "JS-A10": alternating("705.60", "734.40"),
}


def write(name, header, rows):
    with open(os.path.join(OUT, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    write("case", ["id", "title", "asOf"],
          [["jiangsu-readings-2021", "Jiangsu 2021: screening smart-meter daily readings", AS_OF.isoformat()]])
    write("entities", ["id", "name", "kind", "province", "city", "creditCode", "dataCenter", "preferences"],
          [[e[0], e[1], e[2], e[3], e[4], e[5], e[6], ""] for e in entities])
    write("accounts", ["id", "entityId", "province", "category", "billedRateCnyPerKwh", "marketTrading"],
          [[a[0], a[1], "Jiangsu", a[2], a[3], ""] for a in accounts])
    write("ipDetections", ["id", "ip", "province", "detectedOn", "source", "entityId", "coin"],
          [["JS-D01", "198.51.100.17", "Jiangsu", "2021-10-12", "COMMUNICATIONS_ADMINISTRATION", "JS-E08", "ETH"],
           ["JS-D02", "198.51.100.18", "Jiangsu", "2021-10-19", "COMMUNICATIONS_ADMINISTRATION", "JS-E08", "ETH"],
           ["JS-D03", "198.51.100.90", "Jiangsu", "2021-10-02", "COMMUNICATIONS_ADMINISTRATION", "JS-E10", "BTC"]])
    write("inspections", ["id", "entityId", "date", "outcome", "cause", "miningStartedOn", "miningEndedOn", "team"],
          [["JS-I01", "JS-E10", "2021-10-20", "MINING_FOUND", "SELF_INITIATED", "2021-06-01", "2021-10-20",
            "joint inspection team"]])
    write("machines", ["id", "inspectionId", "kind", "coin", "powerWatts", "accountId"],
          [["JS-M%02d" % (m + 1), "JS-I01", "ASIC", "BTC", "3250", "JS-A10"] for m in range(9)])
    write("persons", ["id", "name", "entityId", "inspectionId", "role", "publicEmployee", "partyMember",
                      "illegalGainsCny"],
          [["JS-P01", "Zhao Lei", "JS-E10", "JS-I01", "OPERATOR", "true", "false", ""]])
    write("consumption", ["accountId", "from", "to", "kwh"],
          [["JS-A10", "2021-06-01", "2021-06-30", "21600"], ["JS-A10", "2021-07-01", "2021-07-31", "22320"],
           ["JS-A10", "2021-08-01", "2021-08-31", "22320"], ["JS-A10", "2021-09-01", "2021-09-30", "21600"],
           ["JS-A10", "2021-10-01", "2021-10-31", "22320"]])
    write("catalogueRates", ["province", "category", "from", "to", "rateCnyPerKwh"], [])
    rows = []
    for a in accounts:
        for i, day in enumerate(DAYS):
            kwh = profiles[a[0]](i, day)
            if kwh is not None:
                rows.append([a[0], day.isoformat(), kwh])
    write("dailyReadings", ["accountId", "date", "kwh"], rows)


if __name__ == "__main__":
    main()
