// The options UI lands in a following commit; this entry keeps the build shape final.
