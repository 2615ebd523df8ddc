"""schema.org ClaimReview JSON-LD for publishing verdicts."""

import datetime as dt
import math

import pandas as pd

from factcheck.scale import BEST_RATING, WORST_RATING

PUBLISHER = "Bilateral Ledger"


def claim_reviews(
    verdicts: pd.DataFrame, documents: pd.DataFrame, published: dt.date | None = None
) -> list[dict]:
    """One ClaimReview per verdict. Unverifiable claims carry no ratingValue, only its name."""
    titles = dict(zip(documents["document"], documents["title"], strict=True))
    dates = dict(zip(documents["document"], documents["date"], strict=True))
    published = published or dt.date.today()
    reviews = []
    for row in verdicts.itertuples():
        rating = {
            "@type": "Rating",
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": row.verdict_label,
            "ratingExplanation": row.explanation,
        }
        if not math.isnan(row.rating):
            rating["ratingValue"] = int(row.rating)
        appearance = {"@type": "CreativeWork", "name": titles.get(row.document, row.document)}
        if dates.get(row.document):
            appearance["datePublished"] = dates[row.document]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "datePublished": published.isoformat(),
                "author": {"@type": "Organization", "name": PUBLISHER},
                "claimReviewed": row.quote,
                "reviewRating": rating,
                "itemReviewed": {"@type": "Claim", "appearance": appearance},
            }
        )
    return reviews
