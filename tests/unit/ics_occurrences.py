#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads an .ics file as a calendar app would (icalendar parses it, dateutil expands RRULE/EXDATE)
# and prints every occurrence of every event, one start per line in UTC (YYYY-MM-DDTHH:MM:SSZ).
# Recurrences are expanded in the event's wall-clock time, as RFC 5545 says, then placed in its
# TZID zone (zoneinfo: summer time per occurrence).
import sys
from datetime import timezone
from zoneinfo import ZoneInfo

import icalendar
from dateutil import rrule


def wall_clock(value):
    """The naive wall-clock datetime and the zone name of a DTSTART/EXDATE value."""
    dt = value.dt
    zone = value.params.get('TZID')
    return dt.replace(tzinfo=None), zone


def main(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    for event in calendar.walk('VEVENT'):
        start, zone_name = wall_clock(event['DTSTART'])
        zone = ZoneInfo(zone_name) if zone_name else timezone.utc
        occurrences = rrule.rruleset()
        if 'RRULE' in event:
            occurrences.rrule(rrule.rrulestr(event['RRULE'].to_ical().decode(), dtstart=start, ignoretz=True))
        else:
            occurrences.rdate(start)
        exdates = event.get('EXDATE', [])
        for group in (exdates if isinstance(exdates, list) else [exdates]):
            for value in group.dts:
                occurrences.exdate(value.dt.replace(tzinfo=None))
        for occurrence in occurrences:
            print(occurrence.replace(tzinfo=zone).astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'))


if __name__ == '__main__':
    main(sys.argv[1])
