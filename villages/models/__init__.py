from .crafts import Craft
from .pages import VillageIndexPage, VillagePage
from .parts import (
    Attraction,
    HeritageRecognition,
    OpeningException,
    OpeningHours,
    TransportLeg,
    VillageCraft,
    VillageFact,
    VillageGalleryImage,
)

__all__ = [
    "Attraction",
    "Craft",
    "HeritageRecognition",
    "OpeningException",
    "OpeningHours",
    "TransportLeg",
    "VillageCraft",
    "VillageFact",
    "VillageGalleryImage",
    "VillageIndexPage",
    "VillagePage",
]
