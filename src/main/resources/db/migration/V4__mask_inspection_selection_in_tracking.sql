-- The anonymous tracking timeline must not tell anyone that a parcel was selected for
-- inspection (TimelineRecorder now writes HELD_BY_CUSTOMS instead); mask what was
-- written before, so the history does not reveal it either.
update tracking_event
   set status = 'HELD_BY_CUSTOMS',
       explanation = 'Held by customs for checks; the parcel will be processed when it arrives.'
 where status = 'SELECTED_FOR_INSPECTION';
