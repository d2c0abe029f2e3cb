

   
	
  # indented comment
x = 1

    
