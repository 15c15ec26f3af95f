from programmes.models.events import EventCalendarPage, EventPage, EventReport, past_events, upcoming_events
from programmes.models.index import ProgrammeIndexPage, RegionPage
from programmes.models.plans import ProgrammePlanDocument, ProgrammePlanPage
from programmes.models.training import TrainingMaterialDocument, TrainingMaterialIndexPage, TrainingMaterialPage

__all__ = [
    "EventCalendarPage",
    "EventPage",
    "EventReport",
    "ProgrammeIndexPage",
    "ProgrammePlanDocument",
    "ProgrammePlanPage",
    "RegionPage",
    "TrainingMaterialDocument",
    "TrainingMaterialIndexPage",
    "TrainingMaterialPage",
    "past_events",
    "upcoming_events",
]
